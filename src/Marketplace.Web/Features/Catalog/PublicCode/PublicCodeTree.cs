using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// publiccode.yml as plain values (ordered maps, lists, text, booleans, integers), the form in which unmodelled keys
/// travel through <see cref="SharedApp.PublicCodeExtra"/> as JSON and back into YAML.
/// </summary>
internal static partial class PublicCodeTree
{
    public static object? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Map(mapping.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? "", FromYaml(c.Value)))),
        YamlSequenceNode sequence => sequence.Children.Select(FromYaml).ToList(),
        YamlScalarNode scalar when YamlNodes.IsNull(scalar) => null,
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar when YamlNodes.Bool(scalar) is { } flag => flag,
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar when IntegerPattern().IsMatch(scalar.Value ?? "")
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => null,
    };

    public static OrderedDictionary<string, object?> Map(IEnumerable<(string Key, object? Value)> entries)
    {
        var map = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    public static string ToJson(OrderedDictionary<string, object?> map) => JsonSerializer.Serialize(ToJsonNode(map));

    public static OrderedDictionary<string, object?> FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : FromJsonElement(JsonDocument.Parse(json).RootElement) as OrderedDictionary<string, object?> ?? [];

    private static object? ToJsonNode(object? value) => value switch
    {
        OrderedDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => ToJsonNode(e.Value)),
        List<object?> list => list.Select(ToJsonNode).ToList(),
        _ => value,
    };

    private static object? FromJsonElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Map(element.EnumerateObject().Select(p => (p.Name, FromJsonElement(p.Value)))),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJsonElement).ToList(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetInt64(),
        JsonValueKind.String => element.GetString(),
        _ => null,
    };

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
