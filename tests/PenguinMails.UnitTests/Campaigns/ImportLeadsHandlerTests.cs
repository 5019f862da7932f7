using MediatR;
using NSubstitute;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Application.Leads.ImportLeads;
using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;

namespace PenguinMails.UnitTests.Campaigns;

public sealed class ImportLeadsHandlerTests
{
    private readonly ILeadSourceReader _reader = Substitute.For<ILeadSourceReader>();
    private readonly ILeadImporter _importer = Substitute.For<ILeadImporter>();
    private readonly ILeadRepository _leads = Substitute.For<ILeadRepository>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private List<LeadImportRow> _stored = [];

    public ImportLeadsHandlerTests()
    {
        _mediator.Send(Arg.Any<GetEntitlementsQuery>(), Arg.Any<CancellationToken>())
            .Returns(new EntitlementsDto("free", new Dictionary<string, int?> { [PlanLimit.Contacts] = 1000 }, false, null));
        _leads.CountAllAsync(Arg.Any<CancellationToken>()).Returns(990);
        _importer.ImportAsync(default!, default, default, default, default).ReturnsForAnyArgs(async call =>
        {
            _stored = [];
            await foreach (var row in call.ArgAt<IAsyncEnumerable<LeadImportRow>>(0))
            {
                _stored.Add(row);
            }

            return new LeadImportCounts(_stored.Count, 0, 0, []);
        });
    }

    [Fact]
    public async Task Handle_ChecksEachRow_PassesOnlyValidOnes_NormalizedWithTheRemainingAllowance()
    {
        Source(new RawLeadRow(1, " A@X.com ", " Ada ", "", "ACTIVE"), new RawLeadRow(2, "bad", null, null, null),
               new RawLeadRow(3, "b@x.com", null, null, "vip"), new RawLeadRow(4, null, null, null, null));

        var result = await Handler().Handle(new ImportLeadsCommand(Stream.Null, LeadFileFormat.Csv), CancellationToken.None);

        Assert.Equal([new LeadImportRow(1, "a@x.com", "Ada", null, "active", null, null, null)], _stored);
        Assert.Equal((4, 1, 3), (result.Received, result.Inserted, result.Invalid));
        Assert.Equal([(2, "invalid email"), (3, "unknown status; use one of active, unsubscribed, bounced, replied, interested, not_interested"), (4, "email is missing")],
            result.Problems.Select(p => (p.Row, p.Reason)));
        await _importer.Received(1).ImportAsync(Arg.Any<IAsyncEnumerable<LeadImportRow>>(), false, 10, ImportLeadsCommandHandler.MaxProblems, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_KeepsOnlyTheFirstHundredProblems()
    {
        Source(Enumerable.Range(1, 250).Select(i => new RawLeadRow(i, "broken", null, null, null)).ToArray());

        var result = await Handler().Handle(new ImportLeadsCommand(Stream.Null, LeadFileFormat.Csv), CancellationToken.None);

        Assert.Equal((250, 100, true), (result.Invalid, result.Problems.Count, result.MoreProblems));
    }

    [Fact]
    public async Task Handle_AnUnreadableFile_IsAValidationErrorSayingNothingWasImported()
    {
        _reader.OpenAsync(default!, default, default).ReturnsForAnyArgs<Task<LeadSource>>(_ => throw new LeadSourceException("the file is empty"));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Handler().Handle(new ImportLeadsCommand(Stream.Null, LeadFileFormat.Csv), CancellationToken.None));

        Assert.Equal("Nothing was imported: the file is empty", refused.Errors["body"].Single());
    }

    private void Source(params RawLeadRow[] rows) =>
        _reader.OpenAsync(default!, default, default).ReturnsForAnyArgs(new LeadSource([], rows.ToAsyncEnumerable()));

    private ImportLeadsCommandHandler Handler() => new(_reader, _importer, _leads, Substitute.For<ITenantLocks>(), _mediator);
}
