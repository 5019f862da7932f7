using PenguinMails.Billing.Domain;
using Ardalis.Specification;

namespace PenguinMails.Billing.Application.Plans;

/// <summary>Every plan, active or not (a handful of rows).</summary>
internal sealed class AllPlansSpecification : Specification<Plan>;
