import { graphql } from '../gql';

/*
 * The course builder (组课, M5, T1): the team's working copy of a course's modules → units → items,
 * published versions, affected items, and the mutations that build it from library resources and
 * assemblies (积件). Every read here is the team's own and goes by POST.
 */

/** What the builder shows of a referenced resource. */
export const courseBuilderResourceFieldsFragment = graphql(`
  fragment CourseBuilderResourceFields on Resource {
    id
    title
    type
    status
  }
`);

/** One structure (working copy or a published version): modules depth-first, units, items. */
export const courseBuilderStructureFieldsFragment = graphql(`
  fragment CourseBuilderStructureFields on CourseStructure {
    version
    modules {
      id
      title
      parentId
      depth
      units {
        id
        title
        items {
          id
          order
          openForTrial
          withdrawn
          resource {
            ...CourseBuilderResourceFields
          }
          assembly {
            id
            title
            description
          }
          assemblyResources {
            ...CourseBuilderResourceFields
          }
        }
      }
    }
  }
`);

/**
 * Whether the viewer may build the course: `affectedItems` is a list for the course team and editors
 * and null for everyone else (its length is what the team has to look at).
 */
export const courseBuildAccessQuery = graphql(`
  query CourseBuildAccess($id: ID!) {
    course(id: $id) {
      id
      affectedItems {
        itemId
      }
    }
  }
`);

/** The builder page: the course, a structure (the working copy without `version`), the affected items. */
export const courseBuilderQuery = graphql(`
  query CourseBuilder($id: ID!, $version: Int) {
    course(id: $id) {
      id
      name
      major {
        id
        code
        name
      }
      structure(version: $version) {
        ...CourseBuilderStructureFields
      }
      affectedItems {
        itemId
        unitId
        unitTitle
        moduleId
        moduleTitle
        resourceTitles
      }
    }
  }
`);

/** Courses of a major with whether the viewer may build each (`affectedItems` non-null): move/copy targets. */
export const courseBuilderTargetsQuery = graphql(`
  query CourseBuilderTargets($code: String) {
    major(code: $code) {
      id
      courses {
        id
        name
        affectedItems {
          itemId
        }
      }
    }
  }
`);

/** The modules of a target course's working copy (where a moved or copied module may go). */
export const courseBuilderTargetModulesQuery = graphql(`
  query CourseBuilderTargetModules($id: ID!) {
    course(id: $id) {
      id
      structure {
        version
        modules {
          id
          title
          parentId
          depth
        }
      }
    }
  }
`);

export const moduleAddMutation = graphql(`
  mutation ModuleAdd($courseId: ID!, $title: String!, $parentId: ID, $position: Int) {
    moduleAdd(courseId: $courseId, title: $title, parentId: $parentId, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      module {
        id
        title
        parentId
        order
      }
    }
  }
`);

export const moduleMoveMutation = graphql(`
  mutation ModuleMove($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {
    moduleMove(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      module {
        id
        courseId
        parentId
        order
      }
    }
  }
`);

export const moduleCopyMutation = graphql(`
  mutation ModuleCopy($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {
    moduleCopy(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      module {
        id
        courseId
        parentId
        order
      }
    }
  }
`);

export const unitAddMutation = graphql(`
  mutation UnitAdd($moduleId: ID!, $title: String!, $position: Int) {
    unitAdd(moduleId: $moduleId, title: $title, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      unit {
        id
        title
        moduleId
        order
      }
    }
  }
`);

export const itemAddMutation = graphql(`
  mutation ItemAdd($unitId: ID!, $resourceId: ID, $assemblyId: ID, $position: Int) {
    itemAdd(unitId: $unitId, resourceId: $resourceId, assemblyId: $assemblyId, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      item {
        id
        unitId
        order
      }
    }
  }
`);

export const itemsReorderMutation = graphql(`
  mutation ItemsReorder($unitId: ID!, $itemIds: [ID!]!) {
    itemsReorder(unitId: $unitId, itemIds: $itemIds) {
      ok
      errors {
        code
        message
        field
      }
      items {
        id
        unitId
        order
      }
    }
  }
`);

export const itemRemoveMutation = graphql(`
  mutation ItemRemove($id: ID!) {
    itemRemove(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
    }
  }
`);

export const assemblyCreateMutation = graphql(`
  mutation AssemblyCreate($title: String!, $description: String, $resourceIds: [ID!]!) {
    assemblyCreate(title: $title, description: $description, resourceIds: $resourceIds) {
      ok
      errors {
        code
        message
        field
      }
      assembly {
        id
        title
        description
      }
    }
  }
`);

export const assemblyUpdateMutation = graphql(`
  mutation AssemblyUpdate($id: ID!, $title: String, $description: String, $resourceIds: [ID!]) {
    assemblyUpdate(id: $id, title: $title, description: $description, resourceIds: $resourceIds) {
      ok
      errors {
        code
        message
        field
      }
      assembly {
        id
        title
        description
      }
    }
  }
`);

export const courseStructurePublishMutation = graphql(`
  mutation CourseStructurePublish($courseId: ID!) {
    courseStructurePublish(courseId: $courseId) {
      ok
      errors {
        code
        message
        field
      }
      version
    }
  }
`);

/** The course's published versions (newest first) for the version picker. */
export const courseStructureVersionsQuery = graphql(`
  query CourseStructureVersions($id: ID!) {
    course(id: $id) {
      id
      structureVersions(limit: 100) {
        number
        publishedAt
        publishedBy
        itemCount
      }
    }
  }
`);

/** What the builder shows of an assembly the user built. */
export const courseBuilderAssemblyFieldsFragment = graphql(`
  fragment CourseBuilderAssemblyFields on Assembly {
    id
    title
    description
    withdrawnCount
    courseItemCount
    canEdit
    updatedAt
    resources {
      ...CourseBuilderResourceFields
    }
  }
`);

/** The signed-in person's assemblies (积件), last changed first. */
export const myAssembliesQuery = graphql(`
  query MyAssemblies($query: String, $limit: Int, $offset: Int) {
    myAssemblies(query: $query, limit: $limit, offset: $offset) {
      total
      items {
        ...CourseBuilderAssemblyFields
      }
    }
  }
`);

export const moduleRenameMutation = graphql(`
  mutation ModuleRename($id: ID!, $title: String!) {
    moduleRename(id: $id, title: $title) {
      ok
      errors {
        code
        message
        field
      }
      module {
        id
        title
      }
    }
  }
`);

export const moduleRemoveMutation = graphql(`
  mutation ModuleRemove($id: ID!) {
    moduleRemove(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
    }
  }
`);

export const unitRenameMutation = graphql(`
  mutation UnitRename($id: ID!, $title: String!) {
    unitRename(id: $id, title: $title) {
      ok
      errors {
        code
        message
        field
      }
      unit {
        id
        title
      }
    }
  }
`);

export const unitMoveMutation = graphql(`
  mutation UnitMove($id: ID!, $moduleId: ID!, $position: Int) {
    unitMove(id: $id, moduleId: $moduleId, position: $position) {
      ok
      errors {
        code
        message
        field
      }
      unit {
        id
        moduleId
        order
      }
    }
  }
`);

export const unitRemoveMutation = graphql(`
  mutation UnitRemove($id: ID!) {
    unitRemove(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
    }
  }
`);

export const itemUpdateMutation = graphql(`
  mutation ItemUpdate($id: ID!, $openForTrial: Boolean!) {
    itemUpdate(id: $id, openForTrial: $openForTrial) {
      ok
      errors {
        code
        message
        field
      }
      item {
        id
        openForTrial
      }
    }
  }
`);

export const assemblyDeleteMutation = graphql(`
  mutation AssemblyDelete($id: ID!) {
    assemblyDelete(id: $id) {
      ok
      errors {
        code
        message
        field
      }
      removedId
    }
  }
`);
