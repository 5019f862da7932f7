namespace PenguinMails.BuildingBlocks.Application.Persistence;

public static class UnitOfWorkExtensions
{
    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public static async Task<T> InTransactionAsync<T>(this IUnitOfWork unitOfWork, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var result = await work();
            await unitOfWork.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
