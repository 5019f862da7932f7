using MapsterMapper;
using MediatR;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Policies.GetCompanyDefaults;
using PenguinMails.Workspace.Application.Companies;
using PenguinMails.Workspace.Application.Companies.CreateCompany;
using PenguinMails.Workspace.Application.Companies.DeleteCompany;
using PenguinMails.Workspace.Application.Companies.UpdateCompany;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.CreateCompany;
using PenguinMails.Workspace.Contracts.Companies.DeleteCompany;
using PenguinMails.Workspace.Contracts.Companies.UpdateCompany;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.UnitTests.Workspace;

public sealed class CompanyHandlerTests
{
    private static readonly Guid TenantId = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly ICompanyRepository _companies = Substitute.For<ICompanyRepository>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IMapper _mapper = ModuleMappers.Of("Workspace");
    private readonly RequestCaller _caller = new();

    public CompanyHandlerTests() => _caller.Set(Guid.NewGuid(), TenantId, [TenantRoles.Owner]);

    [Fact]
    public async Task Create_WithoutAStatus_StartsInTheTenantsDefault()
    {
        _mediator.Send(Arg.Any<GetCompanyDefaultsQuery>(), Arg.Any<CancellationToken>()).Returns(new CompanyDefaultsDto(CompanyStatus.Suspended.Name));

        var company = await CreateHandler().Handle(new CreateCompanyCommand("Acme"), CancellationToken.None);

        Assert.Equal(CompanyStatus.Suspended.Name, company.Status);
        _companies.Received(1).Add(Arg.Is<Company>(c => c.TenantId == TenantId && c.Name == "Acme"));
    }

    [Fact]
    public async Task Create_WithoutAWorkspaceName_MakesOneFromTheName_AndLowerCasesAGivenOne()
    {
        var generated = await CreateHandler().Handle(new CreateCompanyCommand("Über Acme!", Status: CompanyStatus.Active.Name), CancellationToken.None);
        var given = await CreateHandler().Handle(new CreateCompanyCommand("Acme", WorkspaceName: " Acme-HQ ", Status: CompanyStatus.Active.Name), CancellationToken.None);

        Assert.Matches("^ber-acme-[a-z0-9]{6}$", generated.WorkspaceName);
        Assert.Equal("acme-hq", given.WorkspaceName);
        await _mediator.DidNotReceiveWithAnyArgs().Send(default(GetCompanyDefaultsQuery)!, default);
    }

    [Fact]
    public async Task Update_ChangesOnlyTheFieldsSent_AndNullClearsAnOptionalOne()
    {
        var company = Company.Create(TenantId, new CompanyDetails("Acme", CompanyStatus.Active, "https://x.example/logo.png", "Software", "Small"), "acme", _clock.GetUtcNow());
        _companies.GetAsync(company.Id, Arg.Any<CancellationToken>()).Returns(company);

        var result = await new UpdateCompanyCommandHandler(_companies, _mapper, _clock)
            .Handle(new UpdateCompanyCommand { Id = company.Id, LogoUrl = null, Status = CompanyStatus.Archived.Name }, CancellationToken.None);

        Assert.Null(result.LogoUrl);
        Assert.Equal(CompanyStatus.Archived.Name, result.Status);
        Assert.Equal("Software", result.Industry);
        Assert.Equal("Acme", result.Name);
    }

    [Fact]
    public async Task Delete_WithDependentsAndNoConfirmation_IsAConflictCountingThem()
    {
        var company = ArrangeCompany();
        var handler = new DeleteCompanyCommandHandler(_companies, [Dependents("domains", 2), Dependents("campaigns", 0)]);

        var error = await Assert.ThrowsAsync<ConflictException>(() => handler.Handle(new DeleteCompanyCommand(company.Id, Confirm: false), CancellationToken.None));

        Assert.Equal("company-not-empty", error.Code);
        var counts = Assert.IsType<Dictionary<string, int>>(error.Extensions["counts"]);
        Assert.Equal(2, counts["domains"]);
        _companies.DidNotReceiveWithAnyArgs().Remove(default!);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 5)]
    public async Task Delete_WhenEmptyOrConfirmed_RemovesTheCompany(bool confirm, int domains)
    {
        var company = ArrangeCompany();
        var handler = new DeleteCompanyCommandHandler(_companies, [Dependents("domains", domains)]);

        await handler.Handle(new DeleteCompanyCommand(company.Id, confirm), CancellationToken.None);

        _companies.Received(1).Remove(company);
    }

    [Fact]
    public async Task Delete_OfAnUnknownCompany_IsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => new DeleteCompanyCommandHandler(_companies, []).Handle(new DeleteCompanyCommand(Guid.NewGuid(), true), CancellationToken.None));
    }

    private Company ArrangeCompany()
    {
        var company = Company.Create(TenantId, new CompanyDetails("Acme", CompanyStatus.Active, null, null, null), "acme", _clock.GetUtcNow());
        _companies.GetAsync(company.Id, Arg.Any<CancellationToken>()).Returns(company);
        return company;
    }

    private static ICompanyDependents Dependents(string resource, int count)
    {
        var dependents = Substitute.For<ICompanyDependents>();
        dependents.Resource.Returns(resource);
        dependents.CountAsync(default, default).ReturnsForAnyArgs(count);
        return dependents;
    }

    private CreateCompanyCommandHandler CreateHandler() => new(_caller, _companies, _mediator, _mapper, _clock);
}
