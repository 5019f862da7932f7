namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>
/// What a clash on one unique constraint means to a client, registered by the module that owns the table: the
/// database, not a prior SELECT, is what decides uniqueness (also across tenants, whose rows a request cannot see).
/// </summary>
/// <param name="Constraint">The constraint or unique index name PostgreSQL reports.</param>
/// <param name="Code">The problem type's last segment, e.g. <c>workspace-name-taken</c>.</param>
public sealed record UniqueConstraintConflict(string Constraint, string Code, string Message);
