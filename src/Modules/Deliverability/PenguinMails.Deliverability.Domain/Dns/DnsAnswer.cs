namespace PenguinMails.Deliverability.Domain.Dns;

internal enum DnsLookupOutcome
{
    /// <summary>The name exists; the lists hold what it has of the type asked (perhaps nothing).</summary>
    Answered,

    /// <summary>NXDOMAIN: nothing is published under the name.</summary>
    NameNotFound,

    TimedOut,

    /// <summary>SERVFAIL, a refused query or an answer that could not be read.</summary>
    Failed,
}

/// <summary>One DNS look-up's result, as the verification rules need it.</summary>
internal sealed record DnsAnswer(
    DnsLookupOutcome Outcome,
    IReadOnlyList<string> Texts,
    IReadOnlyList<MailExchanger> MailExchangers,
    IReadOnlyList<string> Addresses,
    int? MinTtl = null,
    string? Failure = null)
{
    public static DnsAnswer WithTexts(params string[] texts) => new(DnsLookupOutcome.Answered, texts, [], [], 3600);

    public static DnsAnswer WithMailExchangers(params MailExchanger[] exchangers) => new(DnsLookupOutcome.Answered, [], exchangers, [], 3600);

    public static DnsAnswer NotFound() => new(DnsLookupOutcome.NameNotFound, [], [], []);

    public static DnsAnswer TimedOut(string detail) => new(DnsLookupOutcome.TimedOut, [], [], [], Failure: detail);

    public static DnsAnswer Failed(string detail) => new(DnsLookupOutcome.Failed, [], [], [], Failure: detail);
}

/// <summary>An MX record: preference and exchange host (without its trailing dot).</summary>
internal sealed record MailExchanger(int Preference, string Host);
