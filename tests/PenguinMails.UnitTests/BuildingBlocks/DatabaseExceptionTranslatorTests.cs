using Npgsql;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class DatabaseExceptionTranslatorTests
{
    private readonly DatabaseExceptionTranslator _translator = new([]);

    [Fact]
    public void Translate_WhenNpgsqlRefusesAClosedConnection_IsServiceUnavailable()
    {
        using var connection = new NpgsqlConnection("Host=127.0.0.1");
        var refused = Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());

        Assert.IsType<ServiceUnavailableException>(_translator.Translate(refused));
    }

    [Fact]
    public void Translate_WhenAnInvalidOperationComesFromElsewhere_LeavesItAlone()
    {
        Assert.Null(_translator.Translate(new InvalidOperationException("A bug of ours.")));
    }

    [Fact]
    public void Translate_WhenAWrapperHoldsADatabaseFailure_TranslatesWhatItWraps()
    {
        var wrapped = new AggregateException(new InvalidOperationException("transient", new NpgsqlException("connection refused")));

        Assert.IsType<ServiceUnavailableException>(_translator.Translate(wrapped));
    }

    [Fact]
    public void Translate_WhenAWrapperHoldsSomethingElse_LeavesItAlone()
    {
        Assert.Null(_translator.Translate(new InvalidOperationException("outer", new ArgumentException("inner"))));
    }
}
