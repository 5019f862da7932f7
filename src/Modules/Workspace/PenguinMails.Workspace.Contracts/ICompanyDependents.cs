namespace PenguinMails.Workspace.Contracts;

/// <summary>
/// Implemented by each module whose rows belong to a company and go with it (the schema cascades): Deliverability
/// counts domains, Campaigns counts campaigns. Deleting a company says what it will remove before it does.
/// </summary>
public interface ICompanyDependents
{
    /// <summary>The plural noun the count is reported under, e.g. <c>domains</c>.</summary>
    string Resource { get; }

    Task<int> CountAsync(Guid companyId, CancellationToken cancellationToken);
}
