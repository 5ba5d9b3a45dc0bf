namespace Marketplace.Abstractions;

/// <summary>
/// A key/value store of text documents (JSON, typically) that the host keeps for one module and one region. A module
/// sees only its own keys of the caller's region; it never touches the host's database.
/// </summary>
/// <remarks>Keys are at most 200 characters; values at most 64 KiB; the host refuses more with <see cref="ArgumentException"/>.</remarks>
public interface IModuleStorage
{
    /// <summary>The value stored under <paramref name="key"/>, or null.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="key"/>; false when it was not there.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every entry whose key starts with <paramref name="prefix"/>, in key order.</summary>
    Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken = default);
}
