using System.Globalization;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>An outbox key taken apart: the document type and the row's id ("app:42" is App, "42"; "region:61.72" is Region, "61.72").</summary>
public readonly record struct OutboxKey(SearchType Type, string Id)
{
    public override string ToString() => SearchKeys.For(Type, Id);

    /// <summary>The integer id of every type but regions (whose id is their code).</summary>
    public int IntId => int.Parse(Id, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Reads a key the triggers wrote; false for anything else (a key of a type this version does not know).</summary>
    public static bool TryParse(string? key, out OutboxKey parsed)
    {
        parsed = default;
        var colon = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == key!.Length - 1 || !SearchKeys.TryParseType(key[..colon], out var type))
        {
            return false;
        }

        var id = key[(colon + 1)..];
        if (type != SearchType.Region && !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        parsed = new OutboxKey(type, id);
        return true;
    }
}
