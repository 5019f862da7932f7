using MediatR;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Application.Domains;
using PenguinMails.Deliverability.Application.Domains.AddDomain;
using PenguinMails.Deliverability.Application.EmailAccounts;
using PenguinMails.Deliverability.Application.EmailAccounts.ClaimSend;
using PenguinMails.Deliverability.Application.EmailAccounts.SendTestEmail;
using PenguinMails.Deliverability.Application.Mail;
using PenguinMails.Deliverability.Contracts.Domains.AddDomain;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ClaimSend;
using PenguinMails.Deliverability.Contracts.EmailAccounts.SendTestEmail;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;
using SendClaimDto = PenguinMails.Deliverability.Contracts.SendClaimDto;

namespace PenguinMails.UnitTests.Deliverability;

public sealed class DeliverabilityHandlerTests
{
    private static readonly Guid TenantId = Guid.NewGuid();
    private static readonly Guid CompanyId = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero));
    private readonly IDomainRepository _domains = Substitute.For<IDomainRepository>();
    private readonly IEmailAccountRepository _accounts = Substitute.For<IEmailAccountRepository>();
    private readonly ISecretStore _secrets = Substitute.For<ISecretStore>();
    private readonly ITenantLocks _locks = Substitute.For<ITenantLocks>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IMailDelivery _delivery = Substitute.For<IMailDelivery>();
    private readonly IOptions<DeliverabilityOptions> _options = Options.Create(new DeliverabilityOptions { DailySendCap = 3 });
    private readonly RequestCaller _caller = new();

    public DeliverabilityHandlerTests()
    {
        _caller.Set(Guid.NewGuid(), TenantId, [TenantRoles.Owner]);
        _mediator.Send(Arg.Any<GetEntitlementsQuery>(), Arg.Any<CancellationToken>())
            .Returns(new EntitlementsDto("pro", new Dictionary<string, int?> { [PlanLimit.Domains] = 2 }, true, null));
        _secrets.PutAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => SecretReference.For(call.ArgAt<string>(0)));
    }

    [Fact]
    public async Task AddDomain_KeepsThePrivateKeyInTheSecretStoreAndOnlyItsReferenceInTheRow()
    {
        SendingDomain? added = null;
        _domains.Add(Arg.Do<SendingDomain>(d => added = d));

        var dto = await AddDomainHandler().Handle(new AddDomainCommand("Shop.Example.com", CompanyId), CancellationToken.None);

        var dkim = added!.DnsRecords!.Records.Single(r => r.RecordType == RecordKinds.Dkim);
        await _secrets.Received(1).PutAsync($"dkim/{added.Id}/pm1", Arg.Is<string>(pem => pem.StartsWith("-----BEGIN ") && pem.Contains("PRIVATE KEY")), Arg.Any<CancellationToken>());
        Assert.Equal($"secret://dkim/{added.Id}/pm1", dkim.SecretRef);
        Assert.DoesNotContain("PRIVATE", System.Text.Json.JsonSerializer.Serialize(added.DnsRecords));
        Assert.Equal(("shop.example.com", TenantId, CompanyId), (dto.Domain, added.TenantId, added.CompanyId));
        await _locks.Received(1).LockAsync(AddDomainCommandHandler.DomainLock, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task AddDomain_AsPrimary_DemotesTheCompanysPrimaryFirst()
    {
        var previous = SendingDomain.Create(Guid.NewGuid(), TenantId, CompanyId, "old.com", true, new DnsRecordSet([]), RecheckSchedule.Default, _clock.GetUtcNow());
        _domains.FindPrimaryAsync(CompanyId, Arg.Any<CancellationToken>()).Returns(previous);

        var dto = await AddDomainHandler().Handle(new AddDomainCommand("new.com", CompanyId, IsPrimary: true), CancellationToken.None);

        Assert.False(previous.IsPrimary);
        Assert.True(dto.IsPrimary);
        await _unitOfWork.Received(1).FlushAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task AddDomain_AtThePlansLimit_IsRefusedWithoutStoringAKey()
    {
        _domains.CountAllAsync(Arg.Any<CancellationToken>()).Returns(2);

        var refused = await Assert.ThrowsAsync<PlanLimitExceededException>(() => AddDomainHandler().Handle(new AddDomainCommand("third.com", CompanyId), CancellationToken.None));

        Assert.Equal(PlanLimit.Domains, refused.Limit);
        await _secrets.DidNotReceiveWithAnyArgs().PutAsync(default!, default!, default);
        _domains.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task AddDomain_AlreadyAdded_IsAConflict()
    {
        _domains.ExistsAsync("dup.com", Arg.Any<CancellationToken>()).Returns(true);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => AddDomainHandler().Handle(new AddDomainCommand("DUP.com", CompanyId), CancellationToken.None));
        Assert.Equal(DomainConflicts.AlreadyAdded, conflict.Code);
    }

    [Fact]
    public async Task AddDomain_ForAnotherTenantsCompany_IsNotFound()
    {
        _mediator.Send(Arg.Any<GetCompanyQuery>(), Arg.Any<CancellationToken>()).Returns<Task<CompanyDto>>(_ => throw NotFoundException.For("company", CompanyId));
        await Assert.ThrowsAsync<NotFoundException>(() => AddDomainHandler().Handle(new AddDomainCommand("x.com", CompanyId), CancellationToken.None));
        _domains.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task ClaimSend_UnderTheCap_CountsOnTheUtcDay()
    {
        var id = Guid.NewGuid();
        _accounts.ClaimSendAsync(id, new DateOnly(2026, 11, 22), 3, false, _clock.GetUtcNow(), Arg.Any<CancellationToken>()).Returns(new SendClaim(2, 3));

        var claim = await ClaimHandler().Handle(new ClaimSendCommand(id), CancellationToken.None);

        Assert.Equal((2, 3), (claim.DailyCount, claim.DailySendCap));
    }

    [Theory]
    [InlineData("active", EmailAccountConflicts.DailyCapReached)]
    [InlineData("paused", EmailAccountConflicts.NotSending)]
    public async Task ClaimSend_Refused_SaysWhy(string status, string code)
    {
        var account = Account(status);
        _accounts.ClaimSendAsync(default, default, default, default, default, default).ReturnsForAnyArgs((SendClaim?)null);
        _accounts.GetAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ClaimHandler().Handle(new ClaimSendCommand(account.Id), CancellationToken.None));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public async Task ClaimSend_ForAnUnknownAccount_IsNotFound()
    {
        _accounts.ClaimSendAsync(default, default, default, default, default, default).ReturnsForAnyArgs((SendClaim?)null);
        await Assert.ThrowsAsync<NotFoundException>(() => ClaimHandler().Handle(new ClaimSendCommand(Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task ClaimSend_Refused_at_an_accounts_own_limit_names_that_limit()
    {
        var account = Account("active");
        account.Change(new EmailAccountChange(default, default, default, default, DailyLimit: 7), _clock.GetUtcNow());
        _accounts.ClaimSendAsync(default, default, default, default, default, default).ReturnsForAnyArgs((SendClaim?)null);
        _accounts.GetAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ClaimHandler().Handle(new ClaimSendCommand(account.Id), CancellationToken.None));

        Assert.Equal(7, refused.Extensions["dailySendCap"]);
    }

    [Fact]
    public async Task A_test_email_is_claimed_against_the_cap_before_it_is_sent()
    {
        var account = Account("active");
        _accounts.GetAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);
        _domains.GetAsync(account.DomainId!.Value, Arg.Any<CancellationToken>()).Returns(SigningDomain());
        _mediator.Send(Arg.Any<ClaimSendCommand>(), Arg.Any<CancellationToken>())
            .Returns<Task<SendClaimDto>>(_ => throw new ConflictException(EmailAccountConflicts.DailyCapReached, "at the cap"));

        await Assert.ThrowsAsync<ConflictException>(() => TestEmailHandler().Handle(new SendTestEmailCommand("to@y.com") { Id = account.Id }, CancellationToken.None));

        await _delivery.DidNotReceiveWithAnyArgs().SendAsync(default!, default!, default);
    }

    [Fact]
    public async Task A_test_email_goes_with_the_stored_password_signed_with_the_domains_key()
    {
        var account = Account("active");
        _accounts.GetAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);
        _domains.GetAsync(account.DomainId!.Value, Arg.Any<CancellationToken>()).Returns(SigningDomain());
        _secrets.RevealAsync("secret://a", Arg.Any<CancellationToken>()).Returns("mailbox-password");
        _secrets.RevealAsync("secret://dkim", Arg.Any<CancellationToken>()).Returns("stored-dkim-key");
        _delivery.SendAsync(default!, default!, default).ReturnsForAnyArgs(new DeliveryOutcome(false, "550 no such user", DeliveryStages.Recipient, 550));

        var result = await TestEmailHandler().Handle(new SendTestEmailCommand(" to@y.com ") { Id = account.Id }, CancellationToken.None);

        await _delivery.Received(1).SendAsync(
            Arg.Is<SmtpAccount>(a => a.Host == "smtp.x.com" && a.Password == "mailbox-password"),
            Arg.Is<OutgoingEmail>(e => e.To == "to@y.com" && e.FromAddress == "a@x.com" && e.Dkim == new DkimKey("x.com", "pm1", "stored-dkim-key") && e.MessageId.EndsWith("@x.com>")),
            Arg.Any<CancellationToken>());
        Assert.Equal((false, "recipient", 550), (result.Sent, result.FailedAt, result.StatusCode));
    }

    [Fact]
    public void SentOn_CountsOnlyTheDayTheCountIsFor()
    {
        var account = Account("active");
        Assert.Equal(0, account.SentOn(new DateOnly(2026, 11, 22)));
    }

    [Theory]
    [InlineData("active", true)]
    [InlineData("warming", true)]
    [InlineData("paused", false)]
    [InlineData("disabled", false)]
    public void Only_active_and_warming_accounts_send(string status, bool sends) =>
        Assert.Equal(sends, EmailAccountStatus.Of(status).Sends);

    private EmailAccount Account(string status)
    {
        var domain = SendingDomain.Create(Guid.NewGuid(), TenantId, CompanyId, "x.com", false, new DnsRecordSet([]), RecheckSchedule.Default, _clock.GetUtcNow());
        var settings = new MailServerSettings("smtp.x.com", 587, "starttls", "a");
        return EmailAccount.Create(Guid.NewGuid(), domain, new EmailAccountDetails("a@x.com", EmailProvider.Mailu, settings, null, EmailAccountStatus.Of(status), new SendingPace(null, 0, 0)), "secret://a", _clock.GetUtcNow());
    }

    private SendingDomain SigningDomain() =>
        SendingDomain.Create(Guid.NewGuid(), TenantId, CompanyId, "x.com", false,
            DnsRecordSet.Generate(new PlatformDns("_spf.example.com", "pm1", "dmarc@example.com", "mail.example.com"), "cHVibGlj", "secret://dkim"),
            RecheckSchedule.Default, _clock.GetUtcNow());

    private SendTestEmailCommandHandler TestEmailHandler() => new(_accounts, _domains, _secrets, _delivery, _mediator);

    private AddDomainCommandHandler AddDomainHandler() => new(_caller, _domains, _secrets, _locks, _unitOfWork, _mediator, _options, _clock, ModuleMappers.Of("Deliverability"));

    private ClaimSendCommandHandler ClaimHandler() => new(_accounts, _options, _clock);
}
