//! Facet counts (section, level, tag) of a query, with the filters applied
//! the way a faceted search page needs them.
//!
//! One pass over the documents a query matches counts, per dimension, the
//! documents that pass the filters of the **other** dimensions (so that
//! after choosing `section=news` the section facet still shows how many hits
//! the other sections have), and counts the documents that pass every filter
//! (the page's `total`). The values are read from the fast (columnar) string
//! fields `section`, `levels` and `tags` by term ordinal, and turned into
//! strings once per segment at the end.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// The three filterable dimensions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetFilters {
    /// `Some("")`: only stand-alone pages.
    pub section: Option<String>,
    pub level: Option<String>,
    pub tag: Option<String>,
}

/// What one pass collected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Documents the query matched, before filters.
    pub matched: u64,
    /// Documents that also pass every filter.
    pub total: u64,
    pub section: HashMap<String, u64>,
    pub level: HashMap<String, u64>,
    pub tag: HashMap<String, u64>,
}

impl FacetCounts {
    pub fn add(&mut self, other: FacetCounts) {
        self.matched += other.matched;
        self.total += other.total;
        for (mine, theirs) in
            [(&mut self.section, other.section), (&mut self.level, other.level), (&mut self.tag, other.tag)]
        {
            for (k, v) in theirs {
                *mine.entry(k).or_default() += v;
            }
        }
    }
}

/// The collector; field names are those of the schema.
pub struct FacetCollector<'a> {
    pub filters: &'a FacetFilters,
}

const SECTION: &str = "section";
const LEVELS: &str = "levels";
const TAGS: &str = "tags";

/// A filter resolved against one segment's dictionary.
#[derive(Clone, Copy)]
enum Want {
    Any,
    /// The value does not occur in this segment: nothing passes.
    Nothing,
    Ord(u64),
    /// `section=""`: documents without a section.
    NoValue,
}

fn resolve(column: Option<&StrColumn>, value: Option<&str>) -> tantivy::Result<Want> {
    let Some(value) = value else {
        return Ok(Want::Any);
    };
    let Some(column) = column else {
        return Ok(if value.is_empty() { Want::NoValue } else { Want::Nothing });
    };
    // An empty section may be stored as the term "" or as no value at all.
    Ok(match column.dictionary().term_ord(value)? {
        Some(ord) => Want::Ord(ord),
        None if value.is_empty() => Want::NoValue,
        None => Want::Nothing,
    })
}

fn passes(want: Want, ords: &[u64]) -> bool {
    match want {
        Want::Any => true,
        Want::Nothing => false,
        Want::Ord(o) => ords.contains(&o),
        Want::NoValue => ords.is_empty(),
    }
}

pub struct SegmentFacets {
    columns: [Option<StrColumn>; 3],
    wants: [Want; 3],
    counts: [Vec<u64>; 3],
    matched: u64,
    total: u64,
    ords: [Vec<u64>; 3],
}

impl Collector for FacetCollector<'_> {
    type Fruit = FacetCounts;
    type Child = SegmentFacets;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentFacets> {
        let ff = reader.fast_fields();
        let columns = [ff.str(SECTION)?, ff.str(LEVELS)?, ff.str(TAGS)?];
        let f = self.filters;
        let wants = [
            resolve(columns[0].as_ref(), f.section.as_deref())?,
            resolve(columns[1].as_ref(), f.level.as_deref())?,
            resolve(columns[2].as_ref(), f.tag.as_deref())?,
        ];
        let counts = [0, 1, 2].map(|i| vec![0u64; columns[i].as_ref().map_or(0, |c| c.dictionary().num_terms())]);
        Ok(SegmentFacets { columns, wants, counts, matched: 0, total: 0, ords: Default::default() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut all = FacetCounts::default();
        for f in fruits {
            all.add(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.matched += 1;
        for i in 0..3 {
            self.ords[i].clear();
            if let Some(c) = &self.columns[i] {
                self.ords[i].extend(c.ords().values_for_doc(doc));
            }
        }
        let pass = [0, 1, 2].map(|i| passes(self.wants[i], &self.ords[i]));
        if pass.iter().all(|p| *p) {
            self.total += 1;
        }
        for i in 0..3 {
            // Counted when the other dimensions' filters pass.
            if (0..3).filter(|&j| j != i).all(|j| pass[j]) {
                for &o in &self.ords[i] {
                    if let Some(n) = self.counts[i].get_mut(o as usize) {
                        *n += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> FacetCounts {
        let mut out = FacetCounts { matched: self.matched, total: self.total, ..FacetCounts::default() };
        let targets = [&mut out.section, &mut out.level, &mut out.tag];
        for (i, target) in targets.into_iter().enumerate() {
            let Some(column) = &self.columns[i] else { continue };
            let mut value = String::new();
            for (ord, &n) in self.counts[i].iter().enumerate() {
                if n == 0 {
                    continue;
                }
                if column.ord_to_str(ord as u64, &mut value).unwrap_or(false) && !value.is_empty() {
                    *target.entry(value.clone()).or_default() += n;
                }
            }
        }
        out
    }
}
