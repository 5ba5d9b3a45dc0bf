using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Marketplace.Web.Features.Home;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Localization;

/// <summary>
/// Validation messages and field names of a form model come from its feature's resource anchor:
/// the class named *Text in the model's namespace (AccountsText for Features.Accounts), else SiteText.
/// </summary>
internal static class FeatureTextProvider
{
    private static readonly ConcurrentDictionary<string, Type> Anchors = new();

    public static IStringLocalizer For(Type modelType, IStringLocalizerFactory factory) =>
        factory.Create(Anchors.GetOrAdd(modelType.Namespace ?? "", ns => typeof(FeatureTextProvider).Assembly.GetTypes()
            .FirstOrDefault(t => t.Namespace == ns && t.Name.EndsWith("Text", StringComparison.Ordinal) && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            ?? typeof(SiteText)));
}
