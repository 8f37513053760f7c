import { graphql } from '../gql';

/*
 * The public resource library (M3, M8): search with facets, autocomplete, one resource with its
 * preview, and the view counter. Anonymous visitors use all of it; the web client sends the reads by
 * GET (cacheable for anonymous visitors), the view counter by POST.
 */

/** What a result card or row shows. */
export const libraryResourceCardFieldsFragment = graphql(`
  fragment LibraryResourceCardFields on Resource {
    id
    title
    type
    description
    keywords
    previewUrl
    viewCount
    downloadCount
    publishedAt
    organisation {
      id
      name
    }
    major {
      id
      name
    }
    course {
      id
      name
    }
  }
`);

export const libraryFacetBucketFieldsFragment = graphql(`
  fragment LibraryFacetBucketFields on FacetBucket {
    value
    label
    count
  }
`);

/** One page of search results with the facet counts over all matches. */
export const libraryResourcesQuery = graphql(`
  query LibraryResources($query: String, $filter: ResourceFilterInput, $sort: ResourceSort, $limit: Int, $offset: Int) {
    resources(query: $query, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      total
      items {
        ...LibraryResourceCardFields
      }
      facets {
        majors {
          ...LibraryFacetBucketFields
        }
        courses {
          ...LibraryFacetBucketFields
        }
        types {
          ...LibraryFacetBucketFields
        }
        sources {
          ...LibraryFacetBucketFields
        }
        knowledgePoints {
          ...LibraryFacetBucketFields
        }
      }
    }
  }
`);

/** The newest resources of a major, for its home page (no facets: cheap). */
export const libraryLatestResourcesQuery = graphql(`
  query LibraryLatestResources($majorId: ID!, $limit: Int) {
    resources(filter: { majorIds: [$majorId] }, sort: NEWEST, limit: $limit) {
      total
      items {
        ...LibraryResourceCardFields
      }
    }
  }
`);

/** Titles completing what the visitor typed. */
export const libraryAutocompleteQuery = graphql(`
  query LibraryAutocomplete($prefix: String!, $limit: Int) {
    resourceAutocomplete(prefix: $prefix, limit: $limit)
  }
`);

/** The file converted for the web (M2, M3): what the preview plays or shows, and how far the conversion is. */
export const libraryResourceMediaFieldsFragment = graphql(`
  fragment LibraryResourceMediaFields on ResourceMedia {
    state
    progress
    errorCode
    errorMessage
    playable
    canRetry
    hlsUrl
    posterUrl
    spriteVttUrl
    mp4Url
    webmUrl
    audioUrl
    peaksUrl
    thumbnailUrl
    pdfUrl
    subtitleUrl
    subtitles {
      language
      label
      url
    }
    packageUrl
    images {
      width
      url
      fallbackUrl
    }
    pages
    conversions {
      kind
      state
      progress
      url
      errorMessage
    }
  }
`);

/** The detail page of one resource; null when it does not exist or the viewer may not open it. */
export const libraryResourceQuery = graphql(`
  query LibraryResource($id: ID!) {
    resource(id: $id) {
      ...LibraryResourceCardFields
      body
      url
      source
      licence
      audienceLevel
      visibility
      downloadRequiresLogin
      rightsHolder
      module {
        id
        name
      }
      knowledgePoints {
        id
        name
        kind
      }
      authors {
        name
        organisationName
      }
      file {
        filename
        extension
        mime
        size
        width
        height
        durationSeconds
        pages
      }
      media {
        ...LibraryResourceMediaFields
      }
      downloadUrl
      canDownload
      canEdit
      updatedAt
    }
  }
`);

/** Counts one view of the detail page. */
export const libraryResourceViewedMutation = graphql(`
  mutation LibraryResourceViewed($id: ID!) {
    resourceViewed(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      viewCount
    }
  }
`);

/** Starts a failed or cancelled conversion again (the resource's editors). */
export const libraryResourceMediaRetryMutation = graphql(`
  mutation LibraryResourceMediaRetry($id: ID!) {
    resourceMediaRetry(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      resource {
        id
        media {
          ...LibraryResourceMediaFields
        }
      }
    }
  }
`);

/** Asks for the file as a PDF or an MP4 (signed-in visitors); asking twice returns the same conversion. */
export const libraryResourceConversionRequestMutation = graphql(`
  mutation LibraryResourceConversionRequest($id: ID!, $kind: ConversionKind!) {
    resourceConversionRequest(id: $id, kind: $kind) {
      ok
      errors {
        code
        message
        field
      }
      resource {
        id
        media {
          ...LibraryResourceMediaFields
        }
      }
    }
  }
`);
