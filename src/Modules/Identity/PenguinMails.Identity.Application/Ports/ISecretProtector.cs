namespace PenguinMails.Identity.Application.Ports;

/// <summary>Encrypts secrets the service must read back (TOTP keys) with a key from configuration.</summary>
internal interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
