using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Marketplace.Plugins.Complaints;

/// <summary>
/// Json.NET settings that keep this module unloadable. Json.NET's default resolver asks TypeDescriptor for a converter
/// of every type it meets, and TypeDescriptor (in the host's context) keeps those types for good: serializing one of
/// the module's own classes that way would pin the module's load context in memory after it is disabled
/// (dotnet/runtime#30656). The module's own types (and arrays of them) skip that question.
/// </summary>
internal static class ModuleJson
{
    public static readonly JsonSerializerSettings Settings = new() { ContractResolver = new OwnTypesResolver() };

    private sealed class OwnTypesResolver : DefaultContractResolver
    {
        protected override JsonContract CreateContract(Type objectType)
        {
            if (objectType.Assembly != typeof(ModuleJson).Assembly)
            {
                return base.CreateContract(objectType);
            }

            // Arrays and lists of the module's types (Answer[]) are the module's too; they stay arrays.
            return typeof(System.Collections.IEnumerable).IsAssignableFrom(objectType) ? CreateArrayContract(objectType) : CreateObjectContract(objectType);
        }
    }
}
