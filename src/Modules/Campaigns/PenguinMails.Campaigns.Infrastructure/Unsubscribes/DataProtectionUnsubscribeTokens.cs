using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using PenguinMails.Campaigns.Application.Unsubscribes;

namespace PenguinMails.Campaigns.Infrastructure.Unsubscribes;

/// <summary>
/// Tokens sealed with ASP.NET Core Data Protection (authenticated encryption, keys shared by every instance through
/// the database and rotated): tenant, lead and campaign ids in 48 bytes, base64url. They do not expire, since an
/// unsubscribe link must keep working in an old e-mail.
/// </summary>
internal sealed class DataProtectionUnsubscribeTokens(IDataProtectionProvider protection) : IUnsubscribeTokens
{
    private readonly IDataProtector _protector = protection.CreateProtector("PenguinMails.Unsubscribe.v1");

    public string Issue(UnsubscribeTarget target)
    {
        var payload = new byte[48];
        target.TenantId.TryWriteBytes(payload.AsSpan(0, 16));
        target.LeadId.TryWriteBytes(payload.AsSpan(16, 16));
        (target.CampaignId ?? Guid.Empty).TryWriteBytes(payload.AsSpan(32, 16));
        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    public UnsubscribeTarget? Read(string token)
    {
        try
        {
            var payload = _protector.Unprotect(Base64Url.DecodeFromChars(token));
            if (payload.Length != 48)
            {
                return null;
            }

            var campaign = new Guid(payload.AsSpan(32, 16));
            return new UnsubscribeTarget(new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)), campaign == Guid.Empty ? null : campaign);
        }
        catch (Exception unreadable) when (unreadable is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
