using PenguinMails.IntegrationTests.Api;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.PgBouncer;

/// <summary>The broken-object-level-authorization sweep of <see cref="TenantIsolationSweepTests"/>, the API reaching PostgreSQL through PgBouncer.</summary>
public sealed class TenantIsolationSweepThroughPgBouncerTests(PgBouncerApiFixture api)
    : TenantIsolationSweep<PgBouncerApiFixture>(api), IClassFixture<PgBouncerApiFixture>;
