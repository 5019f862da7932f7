namespace PenguinMails.Billing.Domain;

internal sealed partial class Plan
{
    private Plan()
    {
    }

    /// <summary>The monthly price in cents; a plan without one is free.</summary>
    public int MonthlyPrice => PriceMonthly ?? 0;
}
