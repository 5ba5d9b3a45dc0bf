using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// The walk over one document: typed reads that report wrong types, missing keys and unknown keys where the
/// reference parser reports them. The rules of each section live in the other parts of this class.
/// </summary>
internal sealed partial class PublicCodeChecker(YamlMappingNode root, string? baseDirectory)
{
    private readonly Dictionary<int, (string Path, int Column)> _pathsByLine = PathsByLine(root);

    public List<Issue> Errors { get; } = [];

    public List<Issue> Warnings { get; } = [];

    private void Error(string key, Mark at, string code, params string[] args) =>
        Errors.Add(new Issue(key, code, (int)at.Line, (int)at.Column, args));

    private void Warn(string key, Mark at, string code, params string[] args) =>
        Warnings.Add(new Issue(key, code, (int)at.Line, (int)at.Column, args));

    /// <summary>
    /// The reference names a type error after the shallowest key or item on the line of the wrong value
    /// (a mapping given for a list is reported on its first key), so the same is done here.
    /// </summary>
    private void TypeError(string path, YamlNode value, string expected)
    {
        var line = (int)value.Start.Line;
        var (key, column) = _pathsByLine.TryGetValue(line, out var found) ? found : (path, (int)value.Start.Column);
        Errors.Add(new Issue(key, "WrongType", line, column, [path, expected]));
    }

    private void UnknownKeys(YamlMappingNode mapping, string path, IReadOnlySet<string> known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Error(Child(path, name), key.Start, "UnknownKey", name);
            }
        }
    }

    /// <summary>Where a missing key is reported: its null value's key when present, else the mapping that lacks it.</summary>
    private static Mark MissingAt(YamlMappingNode mapping, string key) => KeyNode(mapping, key)?.Start ?? mapping.Start;

    private static Mark EntryAt(YamlMappingNode mapping, string key) => KeyNode(mapping, key)?.Start ?? mapping.Start;

    /// <summary>A scalar read as text; numbers and dates are text too, as they are to the reference's string fields.</summary>
    private string? ReadString(YamlMappingNode mapping, string path, string key, bool required)
    {
        var value = Get(mapping, key);
        var full = Child(path, key);
        if (value is YamlMappingNode or YamlSequenceNode)
        {
            TypeError(full, value, "string");
            return null;
        }

        var text = Text(value);
        if (required && string.IsNullOrEmpty(text))
        {
            Error(full, MissingAt(mapping, key), "Required");
        }

        return text;
    }

    private YamlMappingNode? ReadMapping(YamlMappingNode mapping, string path, string key, bool required)
    {
        var value = Get(mapping, key);
        var full = Child(path, key);
        switch (value)
        {
            case YamlMappingNode found:
                return found;
            case YamlSequenceNode or YamlScalarNode when !IsNull(value):
                TypeError(full, value, "mapping");
                return null;
            default:
                if (required)
                {
                    Error(full, MissingAt(mapping, key), "Required");
                }

                return null;
        }
    }

    /// <summary>A list; an empty mapping given for it is a type error on the key itself, a filled one on its first key.</summary>
    private YamlSequenceNode? ReadList(YamlMappingNode mapping, string path, string key, bool required)
    {
        var value = Get(mapping, key);
        var full = Child(path, key);
        switch (value)
        {
            case YamlSequenceNode found:
                return found;
            case YamlMappingNode { Children.Count: 0 }:
                Error(full, EntryAt(mapping, key), "WrongType", full, "list");
                return null;
            case YamlMappingNode or YamlScalarNode when !IsNull(value):
                TypeError(full, value!, "list");
                return null;
            default:
                if (required)
                {
                    Error(full, MissingAt(mapping, key), "Required");
                }

                return null;
        }
    }

    /// <summary>A list of scalars; each wrong item is reported and left out.</summary>
    private List<(string Text, YamlNode Node, string Path)> ReadStrings(YamlSequenceNode? list, string path)
    {
        var items = new List<(string, YamlNode, string)>();
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            if (Text(item) is { } text)
            {
                items.Add((text, item, Item(path, i)));
            }
            else
            {
                TypeError(Item(path, i), item, "string");
            }
        }

        return items;
    }

    private bool? ReadBool(YamlMappingNode mapping, string path, string key, bool required)
    {
        var value = Get(mapping, key);
        var full = Child(path, key);
        if (IsNull(value))
        {
            if (required)
            {
                Error(full, MissingAt(mapping, key), "Required");
            }

            return null;
        }

        if (Bool(value) is { } flag)
        {
            return flag;
        }

        TypeError(full, value!, "boolean");
        if (required)
        {
            // The reference also reports the boolean as missing, on the key itself, when it could not read it.
            Error(full, KeyNode(mapping, key)!.Start, "BooleanRequired");
        }

        return null;
    }
}
