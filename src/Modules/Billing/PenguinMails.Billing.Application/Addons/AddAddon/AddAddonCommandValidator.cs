using FluentValidation;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Addons.AddAddon;

namespace PenguinMails.Billing.Application.Addons.AddAddon;

internal sealed class AddAddonCommandValidator : AbstractValidator<AddAddonCommand>
{
    public const int MaxQuantity = 10_000;

    public AddAddonCommandValidator()
    {
        RuleFor(c => c.AddonType).NotEmpty().Must(type => AddonCatalog.Find(type) is not null)
            .WithMessage($"'Addon Type' is one of: {string.Join(", ", AddonCatalog.All.Select(k => k.Type))}.");
        RuleFor(c => c.Quantity).InclusiveBetween(1, MaxQuantity);
    }
}
