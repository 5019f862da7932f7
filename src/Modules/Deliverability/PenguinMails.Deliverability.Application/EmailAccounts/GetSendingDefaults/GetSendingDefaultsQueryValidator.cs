using FluentValidation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSendingDefaults;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetSendingDefaults;

/// <summary>The query has no input; the validator is there because every use case has one.</summary>
internal sealed class GetSendingDefaultsQueryValidator : AbstractValidator<GetSendingDefaultsQuery>;
