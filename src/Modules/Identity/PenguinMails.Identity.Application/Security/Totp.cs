using System.Security.Cryptography;

namespace PenguinMails.Identity.Application.Security;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six digits, the form
/// every authenticator app reads from an otpauth:// URI. A code from the step before or after is accepted too,
/// for clock drift between phone and server.
/// </summary>
internal static class Totp
{
    public const int Digits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private const int SecretBytes = 20;
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string NewSecret() => Base32Encode(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string ProvisioningUri(string base32Secret, string account, string issuer = "PenguinMails") =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={base32Secret}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={(int)Step.TotalSeconds}";

    public static string Code(string base32Secret, DateTimeOffset time) => Code(Base32Decode(base32Secret), StepOf(time));

    public static bool Verify(string base32Secret, string? code, DateTimeOffset now) => MatchedStep(base32Secret, code, now) is not null;

    /// <summary>The time step whose code <paramref name="code"/> is (now's, or the one before or after), or null.</summary>
    public static long? MatchedStep(string base32Secret, string? code, DateTimeOffset now)
    {
        if (code is null || code.Length != Digits || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var key = Base32Decode(base32Secret);
        var step = StepOf(now);
        long? matched = null;
        for (var drift = -1; drift <= 1; drift++)
        {
            // Constant-time comparison, and every window checked, so timing says nothing about which one matched.
            if (CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(key, step + drift)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                matched = step + drift;
            }
        }

        return matched;
    }

    private static long StepOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    private static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Base32Encode(byte[] data)
    {
        var output = new System.Text.StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(Base32Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }

    private static byte[] Base32Decode(string text)
    {
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c));
            if (value < 0)
            {
                throw new FormatException("Not a base32 secret.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
