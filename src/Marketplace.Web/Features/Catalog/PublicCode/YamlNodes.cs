using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Reading the representation model the way YAML 1.2's core schema (and the reference parser) reads it.</summary>
internal static class YamlNodes
{
    public static bool IsNull(YamlNode? node) =>
        node is null
        || (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>The text of a non-null scalar; null for anything else.</summary>
    public static string? Text(YamlNode? node) => node is YamlScalarNode s && !IsNull(s) ? s.Value ?? "" : null;

    /// <summary>true or false only: YAML 1.1's yes/no/on/off are strings to a YAML 1.2 reader, so they are not booleans.</summary>
    public static bool? Bool(YamlNode? node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
            ? s.Value switch
            {
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                _ => null,
            }
            : null;

    public static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlNode? KeyNode(YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>For every line, the shallowest key or list item that starts on it, as the reference names type errors.</summary>
    public static Dictionary<int, (string Path, int Column)> PathsByLine(YamlNode root)
    {
        var paths = new Dictionary<int, (string, int)>();
        Walk(root, "", paths);
        return paths;
    }

    private static void Walk(YamlNode node, string path, Dictionary<int, (string, int)> paths)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = Child(path, (key as YamlScalarNode)?.Value ?? "");
                    paths.TryAdd((int)key.Start.Line, (child, (int)key.Start.Column));
                    Walk(value, child, paths);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = Item(path, i);
                    paths.TryAdd((int)sequence.Children[i].Start.Line, (child, (int)sequence.Children[i].Start.Column));
                    Walk(sequence.Children[i], child, paths);
                }

                break;
        }
    }

    public static (int Line, int Column) At(Mark mark) => ((int)mark.Line, (int)mark.Column);
}
