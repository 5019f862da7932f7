using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Secrets;

/// <summary>The default secret store on a real database: encrypted at rest, per tenant, and useless without the master key.</summary>
public sealed class SecretStoreTests(TwoTenantsFixture db) : IClassFixture<TwoTenantsFixture>, IDisposable
{
    private const string Secret = "smtp-password-4f1c9e";
    private readonly ServiceProvider _services = ModuleServices.Build(db.AppConnectionString);

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_secret_is_stored_as_ciphertext_and_revealed_to_its_tenant()
    {
        var path = $"email-accounts/{Guid.NewGuid()}/password";
        var reference = await AsTenantAsync(_services, db.A, store => store.PutAsync(path, Secret, CancellationToken.None));

        Assert.Equal($"secret://{path}", reference);
        var stored = await db.PlatformScalarAsync<string>($"SELECT ciphertext FROM secrets WHERE path = '{path}'");
        Assert.DoesNotContain(Secret, stored);
        Assert.Equal(Secret, await AsTenantAsync(_services, db.A, store => store.RevealAsync(reference, CancellationToken.None)));
    }

    [Fact]
    public async Task Another_tenant_cannot_reveal_or_delete_it()
    {
        var reference = await AsTenantAsync(_services, db.A, store => store.PutAsync($"dkim/{Guid.NewGuid()}/pm1", Secret, CancellationToken.None));

        Assert.Null(await AsTenantAsync(_services, db.B, store => store.RevealAsync(reference, CancellationToken.None)));
        await AsTenantAsync(_services, db.B, async store =>
        {
            await store.DeleteAsync(reference, CancellationToken.None);
            return 0;
        });
        Assert.Equal(Secret, await AsTenantAsync(_services, db.A, store => store.RevealAsync(reference, CancellationToken.None)));
    }

    [Fact]
    public async Task A_ciphertext_moved_to_another_path_does_not_decrypt()
    {
        var original = $"email-accounts/{Guid.NewGuid()}/password";
        var moved = $"email-accounts/{Guid.NewGuid()}/password";
        await AsTenantAsync(_services, db.A, store => store.PutAsync(original, Secret, CancellationToken.None));
        await db.PlatformExecuteAsync($"INSERT INTO secrets (tenant_id, path, ciphertext) SELECT tenant_id, '{moved}', ciphertext FROM secrets WHERE path = '{original}'");

        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() =>
            AsTenantAsync(_services, db.A, store => store.RevealAsync(SecretReference.For(moved), CancellationToken.None)));
    }

    [Fact]
    public async Task The_key_ring_is_kept_encrypted_and_another_master_key_opens_nothing()
    {
        var reference = await AsTenantAsync(_services, db.A, store => store.PutAsync($"email-accounts/{Guid.NewGuid()}/password", Secret, CancellationToken.None));

        var keyRing = await db.PlatformScalarAsync<string>("SELECT string_agg(xml, '') FROM data_protection_keys");
        Assert.Contains("masterKeyEncrypted", keyRing);
        Assert.DoesNotContain("<masterKey", keyRing.Replace("<masterKeyEncrypted", string.Empty, StringComparison.Ordinal));

        await using var stranger = ModuleServices.Build(db.AppConnectionString);
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() =>
            AsTenantAsync(stranger, db.A, store => store.RevealAsync(reference, CancellationToken.None)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task The_host_refuses_to_start_without_a_32_byte_master_key(string masterKey)
    {
        // The real host on Kestrel, started and disposed here (no test server between), so the refusal is what surfaces.
        string Key() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var app = PenguinMails.Api.PenguinMailsApp.Build(
        [
            $"--ConnectionStrings:Api={db.AppConnectionString}", $"--Identity:SigningKey={Key()}", $"--Identity:EncryptionKey={Key()}",
            $"--Secrets:MasterKey={masterKey}", "--urls=http://127.0.0.1:0", "--Deliverability:RecheckPollSeconds=0", "--Observability:Metrics:IntervalSeconds=0",
        ]);
        await using (app)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
            Assert.True(error.ToString().Contains("Secrets:MasterKey", StringComparison.Ordinal), error.ToString());
        }
    }

    private static async Task<T> AsTenantAsync<T>(IServiceProvider services, TenantSeed tenant, Func<ISecretStore, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(tenant.User, tenant.Tenant, ["owner"]);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        try
        {
            var result = await work(scope.ServiceProvider.GetRequiredService<ISecretStore>());
            await unitOfWork.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
        }
    }
}
