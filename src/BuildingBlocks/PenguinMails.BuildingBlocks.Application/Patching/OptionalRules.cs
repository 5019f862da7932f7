using System.Linq.Expressions;
using FluentValidation;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Application.Patching;

/// <summary>A validator of a PATCH request whose fields are <see cref="Optional{T}"/>.</summary>
public abstract class PatchValidator<T> : AbstractValidator<T>
{
    /// <summary>
    /// Rules for a field's value, applied only when the field was sent; errors are keyed by the field's own name
    /// (<c>logoUrl</c>, not <c>logoUrl.value</c>).
    /// </summary>
    protected void RuleForPatch<TValue>(Expression<Func<T, Optional<TValue>>> field, Func<IRuleBuilderInitial<T, TValue>, IRuleBuilderOptions<T, TValue>> rules)
    {
        var name = field.Body is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException("Name a property: c => c.Field.", nameof(field));
        var isSet = field.Compile();
        var value = Expression.Lambda<Func<T, TValue>>(Expression.Property(field.Body, nameof(Optional<TValue>.Value)), field.Parameters);
        When(instance => isSet(instance).IsSet, () => rules(RuleFor(value)).OverridePropertyName(name));
    }
}
