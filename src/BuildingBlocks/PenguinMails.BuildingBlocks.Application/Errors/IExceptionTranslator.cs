namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>
/// Lets infrastructure say what its exceptions mean to a client (a unique violation is a 409, a lost database
/// connection a 503) without the HTTP edge knowing about Npgsql. Returns null for exceptions it does not know.
/// </summary>
public interface IExceptionTranslator
{
    Exception? Translate(Exception exception);
}
