namespace PenguinMails.BuildingBlocks.Application.Pagination;

public static class PageLimits
{
    public const int Default = 50;
    public const int Min = 1;
    public const int Max = 200;
}
