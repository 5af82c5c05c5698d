//! `glossary-schema`: prints the JSON Schema of an author's glossary file (generated
//! from the field table). The build writes it to `schema/glossary.schema.json`.

fn main() {
    print!("{}", glossary_format::schema::json_schema());
}
