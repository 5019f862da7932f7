using Ardalis.Specification;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.GetPreflight;

/// <summary>The templates of these ids, in one read.</summary>
internal sealed class TemplatesByIdSpecification : Specification<Template>
{
    public TemplatesByIdSpecification(IReadOnlyList<Guid> ids) => Query.Where(t => ids.Contains(t.Id));
}
