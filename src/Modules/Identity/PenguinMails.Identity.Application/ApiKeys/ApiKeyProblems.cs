
namespace PenguinMails.Identity.Application.ApiKeys;

internal static class ApiKeyProblems
{
    public const string NoApiAccess = "api-access-not-in-plan";
    public const string NoApiAccessMessage = "The tenant's plan does not include API access; upgrade to use API keys.";
}
