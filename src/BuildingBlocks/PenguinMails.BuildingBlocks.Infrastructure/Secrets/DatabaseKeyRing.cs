using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Secrets;

/// <summary>
/// The Data Protection key ring in the <c>data_protection_keys</c> table, so every instance of the API shares it.
/// Data Protection reads it rarely (it caches the ring) and synchronously, hence the plain connection.
/// </summary>
internal sealed class DatabaseXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand("SELECT xml FROM data_protection_keys ORDER BY created");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = dataSource.CreateCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)");
        command.Parameters.AddWithValue("name", friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}

/// <summary><c>Secrets:MasterKey</c>: the AES-256 key that encrypts the key ring's keys before they are stored.</summary>
public sealed class SecretStoreOptions
{
    public const string Section = "Secrets";

    public const string MasterKeyRequirement = $"{Section}:MasterKey must be 32 random bytes in base64 (build/run.sh generates one for development).";

    public string? MasterKey { get; set; }

    internal bool HasValidMasterKey => Decode() is not null;

    internal byte[] MasterKeyBytes() => Decode() ?? throw new InvalidOperationException(MasterKeyRequirement);

    private byte[]? Decode()
    {
        var key = new byte[32];
        return Convert.TryFromBase64String(MasterKey ?? string.Empty, key, out var written) && written == key.Length ? key : null;
    }
}

/// <summary>Encrypts a key ring element with the master key (AES-256-GCM) before Data Protection stores it.</summary>
internal sealed class MasterKeyXmlEncryptor(byte[] masterKey) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(masterKey, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        var element = new XElement(MasterKeyXmlDecryptor.ElementName,
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(ciphertext));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}

/// <summary>The other half of <see cref="MasterKeyXmlEncryptor"/>; Data Protection creates it by type name with the service provider.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public const string ElementName = "masterKeyEncrypted";

    public XElement Decrypt(XElement encryptedElement)
    {
        var masterKey = services.GetRequiredService<MasterKey>().Bytes;
        var nonce = Convert.FromBase64String((string)encryptedElement.Attribute("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Attribute("tag")!);
        var ciphertext = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(masterKey, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
        }

        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plaintext));
    }
}

/// <summary>The master key, read and checked once at start-up.</summary>
internal sealed record MasterKey(byte[] Bytes);
