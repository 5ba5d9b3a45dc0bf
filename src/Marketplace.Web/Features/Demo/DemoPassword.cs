using System.Security.Cryptography;
using Marketplace.Web.Data;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The one password of every demo account: made at random the first time and kept in the data folder,
/// so it is stable for an instance, differs between instances and never sits in the repository.
/// </summary>
public sealed class DemoPassword(DataFolder data)
{
    private readonly Lazy<string> _value = new(() =>
    {
        var file = data.Combine("demo-password.txt");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        var password = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        File.WriteAllText(file, password);
        return password;
    });

    public string Value => _value.Value;
}
