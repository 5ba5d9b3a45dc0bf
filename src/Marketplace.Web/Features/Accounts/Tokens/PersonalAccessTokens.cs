using System.Security.Cryptography;
using System.Text;
using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Accounts.Tokens;

public enum TokenState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>Makes, lists, revokes and checks personal access tokens. The token itself leaves only through <see cref="CreateAsync"/>.</summary>
public sealed class PersonalAccessTokens(MarketplaceDbContext db, TimeProvider clock)
{
    public const string Marker = "fk_";
    public const int PrefixLength = 8;
    public const int MaxActivePerUser = 20;

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int RandomLength = 40;

    /// <summary>The lifetimes a user may choose, in days.</summary>
    public static readonly int[] Lifetimes = [30, 90, 365];

    /// <summary>Writes of <see cref="PersonalAccessToken.LastUsedAt"/> are at least this far apart, so a busy script does not write per request.</summary>
    public static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    public async Task<(PersonalAccessToken Token, string Secret)> CreateAsync(string userId, string name, int lifetimeDays, CancellationToken cancellationToken)
    {
        if (!Lifetimes.Contains(lifetimeDays))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetimeDays), lifetimeDays, "Not an offered lifetime.");
        }

        var secret = Marker + RandomNumberGenerator.GetString(Alphabet, RandomLength);
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name.Trim(),
            TokenHash = Hash(secret),
            Prefix = secret[..PrefixLength],
            CreatedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public Task<List<PersonalAccessToken>> ListAsync(string userId, CancellationToken cancellationToken) =>
        db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);

    public async Task<int> CountActiveAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Revokes one of the user's own tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, int id, CancellationToken cancellationToken)
    {
        if (await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken) is not { } token)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The token that <paramref name="secret"/> is, when it is neither revoked nor expired; its use is recorded.</summary>
    public async Task<PersonalAccessToken?> UseAsync(string secret, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(secret))
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || StateOf(token, now) != TokenState.Active)
        {
            return null;
        }

        if (token.LastUsedAt is not { } last || now - last >= UseRecordInterval)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    public static TokenState StateOf(PersonalAccessToken token, DateTimeOffset now) =>
        token.RevokedAt is not null ? TokenState.Revoked : token.ExpiresAt <= now ? TokenState.Expired : TokenState.Active;

    /// <summary>Lower-case hex SHA-256: the token has 238 random bits, so a fast hash is enough (no salt or stretching needed).</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static bool LooksLikeToken(string secret) =>
        secret.Length == Marker.Length + RandomLength && secret.StartsWith(Marker, StringComparison.Ordinal) && secret.AsSpan(Marker.Length).IndexOfAnyExcept(Alphabet) < 0;
}
