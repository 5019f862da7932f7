namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>Base of every entity: carries the domain events it raised until the unit of work dispatches them.</summary>
public abstract class Entity
{
    private List<IDomainEvent>? _domainEvents;

    public IReadOnlyCollection<IDomainEvent> DomainEvents => (IReadOnlyCollection<IDomainEvent>?)_domainEvents ?? [];

    public void ClearDomainEvents() => _domainEvents?.Clear();

    protected void Raise(IDomainEvent domainEvent) => (_domainEvents ??= []).Add(domainEvent);

    /// <summary>Refuses an operation whose rule is broken, naming the rule.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}
