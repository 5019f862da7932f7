using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Specifications;

namespace PenguinMails.Billing.Application.Plans;

/// <summary>Every plan, active or not (a handful of rows).</summary>
internal sealed class AllPlansSpecification : Specification<Plan>;
