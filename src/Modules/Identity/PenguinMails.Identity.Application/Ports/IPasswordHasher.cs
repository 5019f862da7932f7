namespace PenguinMails.Identity.Application.Ports;

/// <summary>Salted slow hashing of passwords.</summary>
internal interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);

    /// <summary>Spends the time a real check would, so an unknown address answers as slowly as a wrong password.</summary>
    void VerifyNothing(string password);
}

internal enum PasswordCheck
{
    Wrong,
    Correct,

    /// <summary>Correct, but hashed with older parameters: store a fresh hash.</summary>
    CorrectNeedsRehash,
}
