using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads;

/// <summary>
/// Leads in e-mail order after <paramref name="afterEmail"/> (a keyset on the unique e-mail), narrowed by status and
/// by a prefix of the e-mail, the name or the company (lower case: the indexes are on lower()).
/// </summary>
internal sealed class LeadsPageSpecification : Specification<Lead>
{
    public LeadsPageSpecification(string? status, string? prefix, string? afterEmail, int take)
    {
        if (status is not null)
        {
            var value = LeadStatus.Of(status);
            Query.Where(l => l.Status == value);
        }

        if (prefix is not null)
        {
            var pattern = LikePattern.StartingWith(prefix);
            Query.Search(l => l.Email, pattern).Search(l => l.Name!.ToLower(), pattern).Search(l => l.Company!.ToLower(), pattern);
        }

        if (afterEmail is not null)
        {
            Query.Where(l => l.Email.CompareTo(afterEmail) > 0);
        }

        Query.OrderBy(l => l.Email).Take(take);
    }
}
