using PenguinMails.IntegrationTests.Database;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.PgBouncer;

/// <summary>Every row-security check of <see cref="TenantIsolationTests"/>, with the API's role behind PgBouncer (one server connection shared by all).</summary>
public sealed class TenantIsolationThroughPgBouncerTests(TwoTenantsThroughPgBouncerFixture db)
    : TenantIsolation<TwoTenantsThroughPgBouncerFixture>(db), IClassFixture<TwoTenantsThroughPgBouncerFixture>;
