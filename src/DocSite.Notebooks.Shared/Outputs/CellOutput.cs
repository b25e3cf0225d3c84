using System.Text.Json.Serialization;

namespace DocSite.Notebooks.Outputs;

/// <summary>One output of an executed code cell, in the order the cell produced it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StreamOutput), "stream")]
[JsonDerivedType(typeof(DisplayOutput), "display")]
[JsonDerivedType(typeof(ErrorOutput), "error")]
public abstract record CellOutput;
