using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts;

internal static class DailyUsage
{
    /// <summary>The account as shown on <paramref name="today"/> (UTC): its sends that day and its cap (its own, or <paramref name="platformCap"/>).</summary>
    public static EmailAccountDto WithDailyUsage(this EmailAccountDto dto, EmailAccount account, DateOnly today, int platformCap) =>
        dto with { DailyCount = account.SentOn(today), DailySendCap = account.DailyCap(platformCap) };
}
