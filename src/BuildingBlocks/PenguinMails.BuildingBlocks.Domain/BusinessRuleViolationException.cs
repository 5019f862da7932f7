namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>Thrown when an operation would break a business rule; answered as 409 at the edge.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;
}
