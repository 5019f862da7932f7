using Microsoft.Extensions.Options;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Infrastructure.Security;

namespace PenguinMails.UnitTests.Identity;

public sealed class PasswordHasherTests
{
    private const string Password = "Correct horse battery 7!";

    [Fact]
    public void Verify_WhenTheHashHasTheConfiguredIterations_IsCorrect()
    {
        var hasher = Hasher(iterations: 2_000);

        Assert.Equal(PasswordCheck.Correct, hasher.Verify(hasher.Hash(Password), Password));
        Assert.Equal(PasswordCheck.Wrong, hasher.Verify(hasher.Hash(Password), Password + "x"));
    }

    [Fact]
    public void Verify_WhenTheConfiguredIterationsWereRaised_AsksForARehash()
    {
        var stored = Hasher(iterations: 1_000).Hash(Password);

        Assert.Equal(PasswordCheck.CorrectNeedsRehash, Hasher(iterations: 2_000).Verify(stored, Password));
    }

    [Fact]
    public void Verify_WhenTheConfiguredIterationsWereLowered_KeepsTheStrongerHash()
    {
        var stored = Hasher(iterations: 2_000).Hash(Password);

        Assert.Equal(PasswordCheck.Correct, Hasher(iterations: 1_000).Verify(stored, Password));
    }

    private static AspNetPasswordHasher Hasher(int iterations) =>
        new(Options.Create(new IdentityOptions { PasswordHashIterations = iterations }));
}
