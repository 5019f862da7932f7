using System.Reflection;
using Mapster;
using PenguinMails.BuildingBlocks.Application;

namespace PenguinMails.UnitTests.BuildingBlocks;

/// <summary>Every module's mappings compile: each declared mapping fills every member of its destination or says why not (ADR 0028).</summary>
public sealed class MappingTests
{
    public static TheoryData<string> Modules => new("Identity", "Workspace", "Deliverability", "Campaigns", "Billing", "Staff");

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_mapping_a_module_declares_compiles(string module)
    {
        var config = Mapping.Configure(Assembly.Load($"PenguinMails.{module}.Application"));

        Assert.NotEmpty(config.RuleMap);
        config.Compile();
    }

    [Fact]
    public void A_mapping_that_leaves_a_destination_member_unfilled_does_not_compile()
    {
        var config = Mapping.Configure(typeof(Unfilled).Assembly);

        Assert.Throws<CompileException>(() => config.Compile());
    }

    [Fact]
    public void An_undeclared_mapping_is_refused()
    {
        var mapper = new MapsterMapper.Mapper(Mapping.Configure());

        Assert.ThrowsAny<Exception>(() => mapper.Map<Destination>(new Source(1)));
    }

    internal sealed record Source(int Kept);

    internal sealed record Destination(int Kept, string Missing);

    // Found by the scan of this assembly: the broken mapping the first rule must catch.
    internal sealed class Unfilled : IRegister
    {
        public void Register(TypeAdapterConfig config) => config.NewConfig<Source, Destination>();
    }
}
