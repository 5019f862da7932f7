namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>A route whose success answer carries a secret shown once (an API key's token, a TOTP secret): never kept for replay.</summary>
public sealed class SecretResponseMetadata
{
    public static readonly SecretResponseMetadata Instance = new();

    private SecretResponseMetadata()
    {
    }
}
