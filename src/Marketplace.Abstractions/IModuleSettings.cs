namespace Marketplace.Abstractions;

/// <summary>The settings an administrator gave a module (configuration section <c>Plugins:Settings:&lt;module id&gt;</c>).</summary>
public interface IModuleSettings
{
    /// <summary>The value of <paramref name="key"/>, or null when it is not set.</summary>
    string? Get(string key);
}
