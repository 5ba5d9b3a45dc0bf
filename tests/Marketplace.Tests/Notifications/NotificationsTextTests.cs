using Marketplace.Tests.Support;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Notifications;

namespace Marketplace.Tests.Notifications;

/// <summary>The keys built at run time (per kind, per target, per adoption state) exist in both languages.</summary>
public sealed class NotificationsTextTests
{
    private static readonly string Indonesian = ResxFile.IndonesianOf(nameof(NotificationsText));

    public static TheoryData<string> BuiltKeys() =>
    [
        .. Enum.GetNames<NotificationKind>().Select(k => "Kind." + k),
        .. Enum.GetNames<WatchTarget>().SelectMany(t => new[] { "Target." + t, "Watch.Start." + t, "Watch.Watching." + t }),
        .. Enum.GetNames<AdoptionState>().Select(s => "Adoption.Moved." + s),
    ];

    [Theory]
    [MemberData(nameof(BuiltKeys))]
    public void Every_built_key_has_both_languages(string key)
    {
        Assert.True(ResxFile.Read(Indonesian).ContainsKey(key), $"{key} is missing in Indonesian.");
        Assert.True(ResxFile.Read(ResxFile.EnglishOf(Indonesian)).ContainsKey(key), $"{key} is missing in English.");
    }
}
