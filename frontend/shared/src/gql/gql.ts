/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    realName\n    title\n    phoneMasked\n    phoneVerified\n    email\n    emailVerified\n    avatarUrl\n    realNameStatus\n    realNameVerified\n    studentOrStaffNumber\n    department\n    className\n    platformRole\n    platformRoleLabel\n    roles {\n      role\n      label\n      organisation {\n        id\n        name\n      }\n    }\n    isAdministrator\n    twoFactor {\n      required\n      enrolled\n      verified\n    }\n    wechatLinked\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  fragment MutationErrorFields on MutationError {\n    code\n    message\n    field\n  }\n": typeof types.MutationErrorFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MySessions($activeOnly: Boolean, $limit: Int, $offset: Int) {\n    mySessions(activeOnly: $activeOnly, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        kind\n        method\n        device\n        place\n        ip\n        createdAt\n        lastSeenAt\n        endedAt\n        endReason\n        current\n      }\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  query MyLoginHistory($limit: Int, $offset: Int) {\n    myLoginHistory(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        result\n        device\n        place\n        ip\n      }\n    }\n  }\n": typeof types.MyLoginHistoryDocument,
    "\n  mutation RegisterStart($channel: Channel!, $target: String!, $password: String!) {\n    registerStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.RegisterStartDocument,
    "\n  mutation RegisterVerify($channel: Channel!, $target: String!, $code: String!) {\n    registerVerify(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.RegisterVerifyDocument,
    "\n  mutation PasswordResetStart($channel: Channel!, $target: String!) {\n    passwordResetStart(channel: $channel, target: $target) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.PasswordResetStartDocument,
    "\n  mutation PasswordResetComplete($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {\n    passwordResetComplete(channel: $channel, target: $target, code: $code, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.PasswordResetCompleteDocument,
    "\n  mutation LoginWithPassword($account: String!, $password: String!) {\n    loginWithPassword(account: $account, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginWithPasswordDocument,
    "\n  mutation LoginCodeSend($phone: String!) {\n    loginCodeSend(phone: $phone) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.LoginCodeSendDocument,
    "\n  mutation LoginWithSmsCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginWithSmsCodeDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n      endedCount\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation TwoFactorEnrolStart {\n    twoFactorEnrolStart {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      otpauthUrl\n      secret\n    }\n  }\n": typeof types.TwoFactorEnrolStartDocument,
    "\n  mutation TwoFactorEnrolConfirm($code: String!) {\n    twoFactorEnrolConfirm(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.TwoFactorEnrolConfirmDocument,
    "\n  mutation TwoFactorVerify($code: String!) {\n    twoFactorVerify(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.TwoFactorVerifyDocument,
    "\n  mutation ProfileUpdate($title: String, $realName: String) {\n    profileUpdate(title: $title, realName: $realName) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.ProfileUpdateDocument,
    "\n  mutation PasswordChange($oldPassword: String!, $newPassword: String!) {\n    passwordChange(oldPassword: $oldPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.PasswordChangeDocument,
    "\n  mutation ContactChangeStart($channel: Channel!, $target: String!, $password: String!) {\n    contactChangeStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": typeof types.ContactChangeStartDocument,
    "\n  mutation ContactChangeConfirm($channel: Channel!, $target: String!, $code: String!) {\n    contactChangeConfirm(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.ContactChangeConfirmDocument,
    "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      session {\n        id\n        endedAt\n      }\n    }\n  }\n": typeof types.SessionRevokeDocument,
    "\n  query OrganisationsForRealName {\n    organisationsForRealName {\n      id\n      name\n      shortName\n      kind\n      hasRoster\n    }\n  }\n": typeof types.OrganisationsForRealNameDocument,
    "\n  mutation RealNameClaim($organisationId: ID!, $name: String!, $number: String!) {\n    realNameClaim(organisationId: $organisationId, name: $name, number: $number) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      status\n      claim {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.RealNameClaimDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      wechatWeb\n    }\n  }\n": typeof types.LoginOptionsDocument,
    "\n  fragment CourseBuilderResourceFields on Resource {\n    id\n    title\n    type\n    status\n  }\n": typeof types.CourseBuilderResourceFieldsFragmentDoc,
    "\n  fragment CourseBuilderStructureFields on CourseStructure {\n    version\n    modules {\n      id\n      title\n      parentId\n      depth\n      units {\n        id\n        title\n        items {\n          id\n          order\n          openForTrial\n          withdrawn\n          resource {\n            ...CourseBuilderResourceFields\n          }\n          assembly {\n            id\n            title\n            description\n          }\n          assemblyResources {\n            ...CourseBuilderResourceFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseBuilderStructureFieldsFragmentDoc,
    "\n  query CourseBuildAccess($id: ID!) {\n    course(id: $id) {\n      id\n      affectedItems {\n        itemId\n      }\n    }\n  }\n": typeof types.CourseBuildAccessDocument,
    "\n  query CourseBuilder($id: ID!, $version: Int) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      structure(version: $version) {\n        ...CourseBuilderStructureFields\n      }\n      affectedItems {\n        itemId\n        unitId\n        unitTitle\n        moduleId\n        moduleTitle\n        resourceTitles\n      }\n    }\n  }\n": typeof types.CourseBuilderDocument,
    "\n  query CourseBuilderTargets($code: String) {\n    major(code: $code) {\n      id\n      courses {\n        id\n        name\n        affectedItems {\n          itemId\n        }\n      }\n    }\n  }\n": typeof types.CourseBuilderTargetsDocument,
    "\n  query CourseBuilderTargetModules($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          parentId\n          depth\n        }\n      }\n    }\n  }\n": typeof types.CourseBuilderTargetModulesDocument,
    "\n  mutation ModuleAdd($courseId: ID!, $title: String!, $parentId: ID, $position: Int) {\n    moduleAdd(courseId: $courseId, title: $title, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n        parentId\n        order\n      }\n    }\n  }\n": typeof types.ModuleAddDocument,
    "\n  mutation ModuleMove($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleMove(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n": typeof types.ModuleMoveDocument,
    "\n  mutation ModuleCopy($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleCopy(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n": typeof types.ModuleCopyDocument,
    "\n  mutation UnitAdd($moduleId: ID!, $title: String!, $position: Int) {\n    unitAdd(moduleId: $moduleId, title: $title, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n        moduleId\n        order\n      }\n    }\n  }\n": typeof types.UnitAddDocument,
    "\n  mutation ItemAdd($unitId: ID!, $resourceId: ID, $assemblyId: ID, $position: Int) {\n    itemAdd(unitId: $unitId, resourceId: $resourceId, assemblyId: $assemblyId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        unitId\n        order\n      }\n    }\n  }\n": typeof types.ItemAddDocument,
    "\n  mutation ItemsReorder($unitId: ID!, $itemIds: [ID!]!) {\n    itemsReorder(unitId: $unitId, itemIds: $itemIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      items {\n        id\n        unitId\n        order\n      }\n    }\n  }\n": typeof types.ItemsReorderDocument,
    "\n  mutation ItemRemove($id: ID!) {\n    itemRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": typeof types.ItemRemoveDocument,
    "\n  mutation AssemblyCreate($title: String!, $description: String, $resourceIds: [ID!]!) {\n    assemblyCreate(title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n": typeof types.AssemblyCreateDocument,
    "\n  mutation AssemblyUpdate($id: ID!, $title: String, $description: String, $resourceIds: [ID!]) {\n    assemblyUpdate(id: $id, title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n": typeof types.AssemblyUpdateDocument,
    "\n  mutation CourseStructurePublish($courseId: ID!) {\n    courseStructurePublish(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      version\n    }\n  }\n": typeof types.CourseStructurePublishDocument,
    "\n  query CourseStructureVersions($id: ID!) {\n    course(id: $id) {\n      id\n      structureVersions(limit: 100) {\n        number\n        publishedAt\n        publishedBy\n        itemCount\n      }\n    }\n  }\n": typeof types.CourseStructureVersionsDocument,
    "\n  fragment CourseBuilderAssemblyFields on Assembly {\n    id\n    title\n    description\n    withdrawnCount\n    courseItemCount\n    canEdit\n    updatedAt\n    resources {\n      ...CourseBuilderResourceFields\n    }\n  }\n": typeof types.CourseBuilderAssemblyFieldsFragmentDoc,
    "\n  query MyAssemblies($query: String, $limit: Int, $offset: Int) {\n    myAssemblies(query: $query, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...CourseBuilderAssemblyFields\n      }\n    }\n  }\n": typeof types.MyAssembliesDocument,
    "\n  mutation ModuleRename($id: ID!, $title: String!) {\n    moduleRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ModuleRenameDocument,
    "\n  mutation ModuleRemove($id: ID!) {\n    moduleRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": typeof types.ModuleRemoveDocument,
    "\n  mutation UnitRename($id: ID!, $title: String!) {\n    unitRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n      }\n    }\n  }\n": typeof types.UnitRenameDocument,
    "\n  mutation UnitMove($id: ID!, $moduleId: ID!, $position: Int) {\n    unitMove(id: $id, moduleId: $moduleId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        moduleId\n        order\n      }\n    }\n  }\n": typeof types.UnitMoveDocument,
    "\n  mutation UnitRemove($id: ID!) {\n    unitRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": typeof types.UnitRemoveDocument,
    "\n  mutation ItemUpdate($id: ID!, $openForTrial: Boolean!) {\n    itemUpdate(id: $id, openForTrial: $openForTrial) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        openForTrial\n      }\n    }\n  }\n": typeof types.ItemUpdateDocument,
    "\n  mutation AssemblyDelete($id: ID!) {\n    assemblyDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": typeof types.AssemblyDeleteDocument,
    "\n  fragment CatalogueCourseCard on Course {\n    id\n    name\n    kind\n    level\n    summary\n    hours\n    credits\n    coverUrl\n    major {\n      id\n      code\n      name\n    }\n    teachers {\n      id\n      name\n      title\n      role\n      photoUrl\n    }\n  }\n": typeof types.CatalogueCourseCardFragmentDoc,
    "\n  query CourseCatalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String, $limit: Int, $offset: Int) {\n    courses(major: $major, kind: $kind, level: $level, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CatalogueCourseCard\n      }\n      facets {\n        majors {\n          code\n          count\n        }\n        kinds {\n          kind\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n": typeof types.CourseCatalogueDocument,
    "\n  query CatalogueMajors {\n    majors(limit: 100) {\n      totalCount\n      items {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.CatalogueMajorsDocument,
    "\n  fragment CoursePortalFields on CoursePortal {\n    name\n    template\n    level\n    summary\n    intro\n    coverUrl\n    standard {\n      goals {\n        id\n        kind\n        text\n      }\n      modules {\n        id\n        title\n        hours\n        summary\n      }\n      methods {\n        id\n        name\n        description\n      }\n      assessment {\n        id\n        name\n        weight\n        description\n      }\n      totalHours\n    }\n    teachers {\n      id\n      name\n      title\n      organisation\n      role\n      bio\n      photoUrl\n    }\n  }\n": typeof types.CoursePortalFieldsFragmentDoc,
    "\n  query CoursePortal($id: ID!) {\n    course(id: $id) {\n      id\n      portal {\n        ...CoursePortalFields\n      }\n    }\n  }\n": typeof types.CoursePortalDocument,
    "\n  fragment CoursePortalDraftFields on CoursePortalDraft {\n    status\n    updatedAt\n    comment\n    portal {\n      ...CoursePortalFields\n      introSource\n    }\n  }\n": typeof types.CoursePortalDraftFieldsFragmentDoc,
    "\n  query CoursePortalTeamDraft($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      portalDraft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": typeof types.CoursePortalTeamDraftDocument,
    "\n  mutation CoursePortalSave($courseId: ID!, $input: CoursePortalInput!, $submit: Boolean) {\n    coursePortalSave(courseId: $courseId, input: $input, submit: $submit) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": typeof types.CoursePortalSaveDocument,
    "\n  mutation CoursePortalSubmit($courseId: ID!) {\n    coursePortalSubmit(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": typeof types.CoursePortalSubmitDocument,
    "\n  fragment CourseQuestionFields on CourseQuestion {\n    id\n    text\n    status\n    createdAt\n    askedBy\n    answer\n    answeredBy\n    answeredAt\n    faqEntryId\n    dismissReason\n    dismissNote\n    dismissedAt\n  }\n": typeof types.CourseQuestionFieldsFragmentDoc,
    "\n  query CourseOpenQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      openQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n": typeof types.CourseOpenQuestionsDocument,
    "\n  query CourseMyQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      myQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n": typeof types.CourseMyQuestionsDocument,
    "\n  mutation CourseQuestionAnswer($questionId: ID!, $answer: String!, $addToFaq: Boolean, $pointIds: [ID!]) {\n    courseQuestionAnswer(questionId: $questionId, answer: $answer, addToFaq: $addToFaq, pointIds: $pointIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n      faqEntry {\n        id\n        question\n      }\n    }\n  }\n": typeof types.CourseQuestionAnswerDocument,
    "\n  mutation CourseQuestionDismiss($questionId: ID!, $reason: CourseQuestionDismissReason!, $note: String) {\n    courseQuestionDismiss(questionId: $questionId, reason: $reason, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n    }\n  }\n": typeof types.CourseQuestionDismissDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  query CourseKnowledgeGraph($id: ID!) {\n    course(id: $id) {\n      id\n      graph {\n        canEdit\n        jobPositionOptions {\n          id\n          name\n        }\n        nodes {\n          id\n          studyOrder\n          step\n          resourceTotal\n          x\n          y\n          resourceCounts {\n            type\n            count\n          }\n          point {\n            id\n            name\n            kind\n            description\n            jobPositions {\n              id\n              name\n            }\n          }\n        }\n        edges {\n          id\n          sourceId\n          targetId\n          kind\n        }\n      }\n      coverage {\n        pointsWithGaps\n        points {\n          resources\n          videosAndAnimations\n          questions\n          gaps\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseKnowledgeGraphDocument,
    "\n  query KnowledgePointResources($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      kind\n      description\n      resources(limit: 50) {\n        id\n        title\n        type\n      }\n    }\n  }\n": typeof types.KnowledgePointResourcesDocument,
    "\n  mutation KnowledgeEdgeAdd($sourceId: ID!, $targetId: ID!, $kind: KnowledgeEdgeKind!) {\n    knowledgeEdgeAdd(sourceId: $sourceId, targetId: $targetId, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      edge {\n        id\n        sourceId\n        targetId\n        kind\n      }\n    }\n  }\n": typeof types.KnowledgeEdgeAddDocument,
    "\n  mutation KnowledgeEdgeRemove($id: ID!) {\n    knowledgeEdgeRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": typeof types.KnowledgeEdgeRemoveDocument,
    "\n  query CourseAnswer($courseId: ID!, $question: String!) {\n    courseAnswer(courseId: $courseId, question: $question) {\n      answered\n      confidence\n      entry {\n        id\n        question\n        answer\n      }\n      points {\n        id\n        name\n        kind\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n      resources {\n        pointId\n        resource {\n          id\n          title\n          type\n        }\n      }\n      sources {\n        kind\n        id\n        title\n        reason\n      }\n      suggestion\n      canPost\n    }\n  }\n": typeof types.CourseAnswerDocument,
    "\n  mutation CourseQuestionPost($courseId: ID!, $text: String!) {\n    courseQuestionPost(courseId: $courseId, text: $text) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        text\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.CourseQuestionPostDocument,
    "\n  query CourseFaq($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      faq(limit: $limit, offset: $offset) {\n        total\n        entries {\n          id\n          question\n          answer\n          points {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseFaqDocument,
    "\n  query CourseStructureOutline($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          depth\n          parentId\n          units {\n            id\n            title\n            items {\n              id\n              openForTrial\n              locked\n              withdrawn\n              title\n              type\n              resource {\n                id\n                title\n                type\n              }\n              assembly {\n                id\n                title\n              }\n              assemblyResources {\n                id\n                title\n                type\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseStructureOutlineDocument,
    "\n  mutation KnowledgePointAdd($courseId: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointAdd(courseId: $courseId, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.KnowledgePointAddDocument,
    "\n  mutation KnowledgePointUpdate($id: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointUpdate(id: $id, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.KnowledgePointUpdateDocument,
    "\n  mutation KnowledgePointRemove($id: ID!) {\n    knowledgePointRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n      removedEdges\n    }\n  }\n": typeof types.KnowledgePointRemoveDocument,
    "\n  mutation KnowledgeGraphLayoutSave($courseId: ID!, $positions: [KnowledgePointPositionInput!]!) {\n    knowledgeGraphLayoutSave(courseId: $courseId, positions: $positions) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      positions {\n        pointId\n        x\n        y\n      }\n    }\n  }\n": typeof types.KnowledgeGraphLayoutSaveDocument,
    "\n  fragment LibraryResourceCardFields on Resource {\n    id\n    title\n    type\n    description\n    keywords\n    previewUrl\n    viewCount\n    downloadCount\n    publishedAt\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n  }\n": typeof types.LibraryResourceCardFieldsFragmentDoc,
    "\n  fragment LibraryFacetBucketFields on FacetBucket {\n    value\n    label\n    count\n  }\n": typeof types.LibraryFacetBucketFieldsFragmentDoc,
    "\n  query LibraryResources($query: String, $filter: ResourceFilterInput, $sort: ResourceSort, $limit: Int, $offset: Int) {\n    resources(query: $query, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n      facets {\n        majors {\n          ...LibraryFacetBucketFields\n        }\n        courses {\n          ...LibraryFacetBucketFields\n        }\n        types {\n          ...LibraryFacetBucketFields\n        }\n        sources {\n          ...LibraryFacetBucketFields\n        }\n        knowledgePoints {\n          ...LibraryFacetBucketFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryResourcesDocument,
    "\n  query LibraryLatestResources($majorId: ID!, $limit: Int) {\n    resources(filter: { majorIds: [$majorId] }, sort: NEWEST, limit: $limit) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n    }\n  }\n": typeof types.LibraryLatestResourcesDocument,
    "\n  query LibraryAutocomplete($prefix: String!, $limit: Int) {\n    resourceAutocomplete(prefix: $prefix, limit: $limit)\n  }\n": typeof types.LibraryAutocompleteDocument,
    "\n  fragment LibraryResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    hlsUrl\n    posterUrl\n    spriteVttUrl\n    mp4Url\n    webmUrl\n    audioUrl\n    peaksUrl\n    thumbnailUrl\n    pdfUrl\n    subtitleUrl\n    subtitles {\n      language\n      label\n      url\n    }\n    packageUrl\n    images {\n      width\n      url\n      fallbackUrl\n    }\n    pages\n    conversions {\n      kind\n      state\n      progress\n      url\n      errorMessage\n    }\n  }\n": typeof types.LibraryResourceMediaFieldsFragmentDoc,
    "\n  query LibraryResource($id: ID!) {\n    resource(id: $id) {\n      ...LibraryResourceCardFields\n      body\n      url\n      source\n      licence\n      audienceLevel\n      visibility\n      downloadRequiresLogin\n      rightsHolder\n      module {\n        id\n        name\n      }\n      knowledgePoints {\n        id\n        name\n        kind\n      }\n      authors {\n        name\n        organisationName\n      }\n      file {\n        filename\n        extension\n        mime\n        size\n        width\n        height\n        durationSeconds\n        pages\n      }\n      media {\n        ...LibraryResourceMediaFields\n      }\n      downloadUrl\n      canDownload\n      canEdit\n      updatedAt\n    }\n  }\n": typeof types.LibraryResourceDocument,
    "\n  mutation LibraryResourceViewed($id: ID!) {\n    resourceViewed(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      viewCount\n    }\n  }\n": typeof types.LibraryResourceViewedDocument,
    "\n  mutation LibraryResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryResourceMediaRetryDocument,
    "\n  mutation LibraryResourceConversionRequest($id: ID!, $kind: ConversionKind!) {\n    resourceConversionRequest(id: $id, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryResourceConversionRequestDocument,
    "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n": typeof types.MajorOverviewFragmentDoc,
    "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n": typeof types.TrainingProgramDetailsFragmentDoc,
    "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n    courseSystemGraph {\n      courses {\n        id\n        skillPointCount\n        knowledgePointCount\n      }\n      jobPositions {\n        id\n        name\n      }\n      mapsTo {\n        courseId\n        jobPositionId\n        pointCount\n      }\n    }\n  }\n": typeof types.CourseGraphFragmentDoc,
    "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n": typeof types.MajorPageDocument,
    "\n  fragment ManagedOrganisationFields on ManagedOrganisation {\n    id\n    name\n    shortName\n    kind\n    role\n    depth\n    parentId\n  }\n": typeof types.ManagedOrganisationFieldsFragmentDoc,
    "\n  query AdministeredOrganisations {\n    administeredOrganisations {\n      ...ManagedOrganisationFields\n    }\n  }\n": typeof types.AdministeredOrganisationsDocument,
    "\n  query ConstructionBoard {\n    constructionBoard {\n      organisation {\n        ...ManagedOrganisationFields\n      }\n      tasks {\n        id\n        kind\n        title\n        description\n        targetCount\n        doneCount\n        dueDate\n        progress\n        overdue\n        updatedAt\n      }\n      targetTotal\n      doneTotal\n      progress\n      overdueCount\n    }\n  }\n": typeof types.ConstructionBoardDocument,
    "\n  mutation OrganisationCreate($parentId: ID, $name: String!, $kind: OrganisationKind!, $shortName: String) {\n    organisationCreate(parentId: $parentId, name: $name, kind: $kind, shortName: $shortName) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      organisation {\n        ...ManagedOrganisationFields\n      }\n    }\n  }\n": typeof types.OrganisationCreateDocument,
    "\n  mutation OrganisationInvite($hostId: ID!, $name: String!, $kind: OrganisationKind!, $email: String!) {\n    organisationInvite(hostId: $hostId, name: $name, kind: $kind, email: $email) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      invitation {\n        id\n        email\n        expiresAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationInviteDocument,
    "\n  mutation InvitationAccept($token: String!) {\n    invitationAccept(token: $token) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvitationAcceptDocument,
    "\n  mutation ConstructionTaskAssign(\n    $organisationId: ID!\n    $kind: ConstructionTaskKind!\n    $title: String!\n    $targetCount: Int!\n    $dueDate: Date!\n    $description: String\n  ) {\n    constructionTaskAssign(\n      organisationId: $organisationId\n      kind: $kind\n      title: $title\n      targetCount: $targetCount\n      dueDate: $dueDate\n      description: $description\n    ) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n      }\n    }\n  }\n": typeof types.ConstructionTaskAssignDocument,
    "\n  mutation ConstructionTaskReport($taskId: ID!, $doneCount: Int!) {\n    constructionTaskReport(taskId: $taskId, doneCount: $doneCount) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n        doneCount\n        progress\n        overdue\n      }\n    }\n  }\n": typeof types.ConstructionTaskReportDocument,
    "\n  query RosterEntries($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {\n    rosterEntries(organisationId: $organisationId, search: $search, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      items {\n        id\n        number\n        name\n        kind\n        department\n        className\n        claimed\n        claimedAt\n      }\n    }\n  }\n": typeof types.RosterEntriesDocument,
    "\n  query RealNameClaimsPending {\n    realNameClaimsPending {\n      id\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      number\n      entryName\n      kind\n      claimantUsername\n      claimantName\n      holderUsername\n      holderName\n    }\n  }\n": typeof types.RealNameClaimsPendingDocument,
    "\n  mutation RealNameClaimDecide($claimId: ID!, $approve: Boolean!, $note: String) {\n    realNameClaimDecide(claimId: $claimId, approve: $approve, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      claim {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RealNameClaimDecideDocument,
    "\n  mutation RoleAssign($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleAssign(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RoleAssignDocument,
    "\n  mutation RoleRevoke($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleRevoke(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RoleRevokeDocument,
    "\n  query OrganisationMembers($organisationId: ID!, $search: String, $limit: Int, $offset: Int) {\n    organisationMembers(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        assignmentId\n        userId\n        username\n        name\n        phone\n        role\n        roleLabel\n        realNameVerified\n      }\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  mutation PersonalDataView($userId: ID!) {\n    personalDataView(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      data {\n        userId\n        phone\n        realName\n      }\n    }\n  }\n": typeof types.PersonalDataViewDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    nameMasked\n    phoneMasked\n    email\n    isActive\n    lockedUntil\n    platformRole\n    realNameVerified\n    twoFactorEnrolled\n    dateJoined\n    lastLogin\n  }\n": typeof types.ManagedUserFieldsFragmentDoc,
    "\n  query ManagedUsers($search: String, $limit: Int, $offset: Int) {\n    users(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ManagedUserFields\n      }\n    }\n  }\n": typeof types.ManagedUsersDocument,
    "\n  mutation UserSetActive($userId: ID!, $active: Boolean!) {\n    userSetActive(userId: $userId, active: $active) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": typeof types.UserSetActiveDocument,
    "\n  mutation UserUnlock($userId: ID!) {\n    userUnlock(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": typeof types.UserUnlockDocument,
    "\n  mutation TwoFactorReset($userId: ID!) {\n    twoFactorReset(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TwoFactorResetDocument,
    "\n  query AuditEvents(\n    $actor: String\n    $action: String\n    $result: String\n    $objectType: String\n    $ip: String\n    $since: DateTime\n    $until: DateTime\n    $limit: Int\n    $offset: Int\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      result: $result\n      objectType: $objectType\n      ip: $ip\n      since: $since\n      until: $until\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRoles\n        ip\n        userAgent\n        action\n        result\n        objectType\n        objectId\n        objectRepr\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment QuestionBankPartFields on Question {\n    id\n    questionType\n    stem\n    content\n    referenceAnswer\n    explanation\n    difficulty\n    score\n    source\n    tags\n    knowledgePoints {\n      id\n      name\n    }\n    module {\n      id\n      title\n    }\n  }\n": typeof types.QuestionBankPartFieldsFragmentDoc,
    "\n  fragment QuestionBankItemFields on Question {\n    ...QuestionBankPartFields\n    status\n    live\n    authorName\n    updatedAt\n    subQuestions {\n      ...QuestionBankPartFields\n    }\n  }\n": typeof types.QuestionBankItemFieldsFragmentDoc,
    "\n  query QuestionBank(\n    $courseId: ID!\n    $search: String\n    $questionType: QuestionType\n    $difficulty: Int\n    $knowledgePointId: ID\n    $moduleId: ID\n    $status: QuestionStatus\n    $limit: Int\n    $offset: Int\n  ) {\n    questionBank(\n      courseId: $courseId\n      search: $search\n      questionType: $questionType\n      difficulty: $difficulty\n      knowledgePointId: $knowledgePointId\n      moduleId: $moduleId\n      status: $status\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": typeof types.QuestionBankDocument,
    "\n  query QuestionBankCourse($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionBankCourseDocument,
    "\n  query QuestionBankItem($id: ID!) {\n    question(id: $id) {\n      ...QuestionBankItemFields\n      course {\n        id\n      }\n    }\n  }\n": typeof types.QuestionBankItemDocument,
    "\n  mutation QuestionCreate($courseId: ID!, $input: QuestionInput!) {\n    questionCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": typeof types.QuestionCreateDocument,
    "\n  mutation QuestionUpdate($id: ID!, $input: QuestionInput!) {\n    questionUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": typeof types.QuestionUpdateDocument,
    "\n  mutation QuestionDelete($id: ID!) {\n    questionDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": typeof types.QuestionDeleteDocument,
    "\n  mutation QuestionRestore($id: ID!) {\n    questionRestore(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": typeof types.QuestionRestoreDocument,
    "\n  mutation QuestionSubmit($id: ID!) {\n    questionSubmit(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": typeof types.QuestionSubmitDocument,
    "\n  query QuestionCoverage($courseId: ID!, $includeDrafts: Boolean) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionCoverage(courseId: $courseId, includeDrafts: $includeDrafts) {\n      uncovered\n      untagged\n      points {\n        total\n        point {\n          id\n          name\n          kind\n        }\n        cells {\n          questionType\n          difficulty\n          count\n        }\n      }\n    }\n  }\n": typeof types.QuestionCoverageDocument,
    "\n  query KnowledgePointQuestions($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      questions(limit: 100) {\n        id\n        questionType\n        stem\n        status\n        difficulty\n      }\n    }\n  }\n": typeof types.KnowledgePointQuestionsDocument,
    "\n  mutation KnowledgePointQuestionsAttach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsAttach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KnowledgePointQuestionsAttachDocument,
    "\n  mutation KnowledgePointQuestionsDetach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsDetach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KnowledgePointQuestionsDetachDocument,
    "\n  mutation KnowledgePointAttach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointAttach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KnowledgePointAttachDocument,
    "\n  mutation KnowledgePointDetach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointDetach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KnowledgePointDetachDocument,
    "\n  mutation QuestionImportPreview($importId: ID!, $format: QuestionImportFormat) {\n    questionImportPreview(importId: $importId, format: $format) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      preview {\n        importId\n        filename\n        format\n        status\n        canImport\n        items {\n          location\n          questionType\n          stem\n          options {\n            key\n            html\n            side\n          }\n          answer\n          explanation\n          score\n          difficulty\n          knowledgePoints {\n            name\n            found\n          }\n          tags\n          subQuestionCount\n          warnings\n        }\n        errors {\n          location\n          message\n        }\n        warnings {\n          location\n          message\n        }\n      }\n    }\n  }\n": typeof types.QuestionImportPreviewDocument,
    "\n  mutation QuestionImportConfirm($importId: ID!) {\n    questionImportConfirm(importId: $importId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      questionImport {\n        ...QuestionImportState\n      }\n    }\n  }\n": typeof types.QuestionImportConfirmDocument,
    "\n  fragment QuestionImportState on QuestionImportRecord {\n    id\n    status\n    itemCount\n    progress\n    questionIds\n    errors {\n      location\n      message\n    }\n  }\n": typeof types.QuestionImportStateFragmentDoc,
    "\n  query QuestionImport($id: ID!) {\n    questionImport(id: $id) {\n      ...QuestionImportState\n    }\n  }\n": typeof types.QuestionImportDocument,
    "\n  query QuestionImportCourse($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionBank(courseId: $courseId, limit: 1) {\n      totalCount\n    }\n  }\n": typeof types.QuestionImportCourseDocument,
    "\n  query QuestionImports($courseId: ID!) {\n    questionImports(courseId: $courseId, limit: 10) {\n      id\n      filename\n      format\n      status\n      itemCount\n      errorCount\n      userName\n      createdAt\n      importedAt\n    }\n  }\n": typeof types.QuestionImportsDocument,
    "\n  fragment SelfTestSummary on Paper {\n    id\n    title\n    kind\n    open\n    totalScore\n    itemCount\n    maxAttempts\n    module {\n      id\n      title\n    }\n    myAttemptCount\n    myBestScore\n    myOpenAttemptId\n  }\n": typeof types.SelfTestSummaryFragmentDoc,
    "\n  fragment PaperEditFields on Paper {\n    id\n    title\n    kind\n    open\n    shuffleItems\n    shuffleOptions\n    maxAttempts\n    totalScore\n    itemCount\n    module {\n      id\n      title\n    }\n    items {\n      id\n      score\n      question {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n    rules {\n      id\n      questionType\n      count\n      difficulty\n      scoreEach\n      module {\n        id\n        title\n      }\n      knowledgePoint {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PaperEditFieldsFragmentDoc,
    "\n  query CourseSelfTests($courseId: ID!, $moduleId: ID) {\n    selfTests(courseId: $courseId, moduleId: $moduleId) {\n      ...SelfTestSummary\n    }\n  }\n": typeof types.CourseSelfTestsDocument,
    "\n  query CoursePapers($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n          }\n        }\n      }\n    }\n    coursePapers(courseId: $courseId) {\n      ...PaperEditFields\n    }\n  }\n": typeof types.CoursePapersDocument,
    "\n  query PaperBankPicker($courseId: ID!, $search: String, $questionType: QuestionType, $moduleId: ID, $offset: Int) {\n    questionBank(courseId: $courseId, search: $search, questionType: $questionType, moduleId: $moduleId, liveOnly: true, limit: 10, offset: $offset) {\n      totalCount\n      items {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n  }\n": typeof types.PaperBankPickerDocument,
    "\n  query PaperRulesCheck($courseId: ID!, $rules: [PaperRuleInput!]!) {\n    paperRulesCheck(courseId: $courseId, rules: $rules) {\n      ok\n      message\n      field\n      totalScore\n    }\n  }\n": typeof types.PaperRulesCheckDocument,
    "\n  mutation PaperCreate($courseId: ID!, $input: PaperInput!) {\n    paperCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n": typeof types.PaperCreateDocument,
    "\n  mutation PaperUpdate($id: ID!, $input: PaperInput!) {\n    paperUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n": typeof types.PaperUpdateDocument,
    "\n  mutation PaperDelete($id: ID!) {\n    paperDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      deletedId\n    }\n  }\n": typeof types.PaperDeleteDocument,
    "\n  query SelfTestPage($paperId: ID!) {\n    paper(id: $paperId) {\n      ...SelfTestSummary\n      course {\n        id\n        name\n      }\n    }\n    attemptHistory(paperId: $paperId) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n    }\n  }\n": typeof types.SelfTestPageDocument,
    "\n  fragment AttemptItemFields on AttemptItem {\n    id\n    questionType\n    stem\n    score\n    content\n    response\n    result {\n      points\n      maxPoints\n      correct\n      needsGrading\n      answerKey\n      referenceAnswer\n      explanation\n    }\n  }\n": typeof types.AttemptItemFieldsFragmentDoc,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n      items {\n        ...AttemptItemFields\n        subQuestions {\n          ...AttemptItemFields\n        }\n      }\n    }\n  }\n": typeof types.AttemptDocument,
    "\n  mutation AttemptStart($paperId: ID!) {\n    attemptStart(paperId: $paperId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      attempt {\n        id\n      }\n    }\n  }\n": typeof types.AttemptStartDocument,
    "\n  mutation AnswerSave($attemptId: ID!, $questionId: ID!, $response: GenericScalar) {\n    answerSave(attemptId: $attemptId, questionId: $questionId, response: $response) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      savedAt\n    }\n  }\n": typeof types.AnswerSaveDocument,
    "\n  mutation AttemptSubmit($attemptId: ID!) {\n    attemptSubmit(attemptId: $attemptId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      bestScore\n      attempt {\n        id\n        state\n        score\n      }\n    }\n  }\n": typeof types.AttemptSubmitDocument,
    "\n  fragment StudioResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    subtitles {\n      language\n      label\n      url\n    }\n  }\n": typeof types.StudioResourceMediaFieldsFragmentDoc,
    "\n  fragment StudioResourceFields on Resource {\n    id\n    title\n    type\n    description\n    url\n    source\n    licence\n    audienceLevel\n    visibility\n    downloadRequiresLogin\n    rightsHolder\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n    module {\n      id\n      name\n    }\n    knowledgePoints {\n      id\n      name\n      kind\n    }\n    keywords\n    authors {\n      name\n      organisationName\n    }\n    file {\n      filename\n      extension\n      mime\n      size\n      width\n      height\n      durationSeconds\n      pages\n    }\n    media {\n      ...StudioResourceMediaFields\n    }\n    previewUrl\n    canEdit\n    status\n    hasUnpublishedChanges\n    review {\n      level\n      submittedAt\n      submittedBy\n      comment\n    }\n    publishedAt\n    updatedAt\n    deletedAt\n  }\n": typeof types.StudioResourceFieldsFragmentDoc,
    "\n  fragment StudioBatchResultFields on BatchOperationResult {\n    id\n    ok\n    code\n    message\n  }\n": typeof types.StudioBatchResultFieldsFragmentDoc,
    "\n  fragment StudioBatchFields on ResourceBatch {\n    id\n    status\n    createdAt\n    items {\n      id\n      path\n      status\n      errorCode\n      message\n      recognised {\n        title\n        type\n        majorId\n        courseId\n        moduleId\n        knowledgePointIds\n        keywords\n        description\n        origins\n      }\n      file {\n        filename\n        extension\n        size\n      }\n      duplicateOf {\n        id\n        title\n      }\n      resource {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.StudioBatchFieldsFragmentDoc,
    "\n  query MyResources($query: String, $status: MyResourceStatus, $deleted: Boolean, $limit: Int, $offset: Int) {\n    myResources(query: $query, status: $status, deleted: $deleted, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...StudioResourceFields\n      }\n    }\n  }\n": typeof types.MyResourcesDocument,
    "\n  query ResourceDraft($id: ID!) {\n    resourceDraft(id: $id) {\n      ...StudioResourceFields\n      body\n      bodySource\n    }\n  }\n": typeof types.ResourceDraftDocument,
    "\n  query ResourceReviewHistory($id: ID!) {\n    resourceReviewHistory(id: $id) {\n      level\n      approved\n      cancelled\n      decidedBy\n      decidedAt\n      comment\n      revisionId\n      submittedBy\n    }\n  }\n": typeof types.ResourceReviewHistoryDocument,
    "\n  query ReviewQueue($limit: Int, $offset: Int) {\n    reviewQueue(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        level\n        startedAt\n        submittedBy\n        resource {\n          ...StudioResourceFields\n          body\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewQueueCount {\n    reviewQueue(limit: 1) {\n      total\n    }\n  }\n": typeof types.ReviewQueueCountDocument,
    "\n  query ResourceFormOptions {\n    resourceFormOptions {\n      organisations {\n        id\n        name\n      }\n      majors {\n        id\n        name\n        code\n        namingPattern\n        namingEnforced\n        courses {\n          id\n          name\n          modules {\n            id\n            name\n          }\n          knowledgePoints {\n            id\n            name\n            kind\n          }\n        }\n      }\n      maxUploadBytes\n    }\n  }\n": typeof types.ResourceFormOptionsDocument,
    "\n  query ResourceTitleSuggestion($majorId: ID!, $courseId: ID, $moduleId: ID, $knowledgePointId: ID, $type: String) {\n    resourceTitleSuggestion(\n      majorId: $majorId\n      courseId: $courseId\n      moduleId: $moduleId\n      knowledgePointId: $knowledgePointId\n      type: $type\n    )\n  }\n": typeof types.ResourceTitleSuggestionDocument,
    "\n  query ResourceBatch($id: ID!) {\n    resourceBatch(id: $id) {\n      ...StudioBatchFields\n    }\n  }\n": typeof types.ResourceBatchDocument,
    "\n  mutation ResourceCreate($input: ResourceInput!, $uploadId: ID, $allowDuplicate: Boolean) {\n    resourceCreate(input: $input, uploadId: $uploadId, allowDuplicate: $allowDuplicate) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($id: ID!, $input: ResourceInput!, $uploadId: ID) {\n    resourceUpdate(id: $id, input: $input, uploadId: $uploadId) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n        body\n        bodySource\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ResourceUpdateDocument,
    "\n  mutation ResourceReview($id: ID!, $approve: Boolean!, $comment: String) {\n    resourceReview(id: $id, approve: $approve, comment: $comment) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResourceReviewDocument,
    "\n  mutation ResourceWithdraw($id: ID!) {\n    resourceWithdraw(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResourceWithdrawDocument,
    "\n  mutation ResourcesSubmit($ids: [ID!]!) {\n    resourcesSubmit(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesSubmitDocument,
    "\n  mutation ResourcesUpdate($ids: [ID!]!, $input: ResourceInput!) {\n    resourcesUpdate(ids: $ids, input: $input) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesUpdateDocument,
    "\n  mutation ResourcesDelete($ids: [ID!]!) {\n    resourcesDelete(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesDeleteDocument,
    "\n  mutation ResourcesRestore($ids: [ID!]!) {\n    resourcesRestore(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesRestoreDocument,
    "\n  mutation ResourcesPurge($ids: [ID!]!) {\n    resourcesPurge(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesPurgeDocument,
    "\n  mutation ResourcesReconvert($ids: [ID!]!) {\n    resourcesReconvert(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": typeof types.ResourcesReconvertDocument,
    "\n  mutation ResourceBatchPrepare($uploads: [BatchUploadInput!]!, $defaults: ResourceInput) {\n    resourceBatchPrepare(uploads: $uploads, defaults: $defaults) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n": typeof types.ResourceBatchPrepareDocument,
    "\n  mutation ResourceBatchCommit($id: ID!, $items: [BatchItemInput!], $submit: Boolean) {\n    resourceBatchCommit(id: $id, items: $items, submit: $submit) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n": typeof types.ResourceBatchCommitDocument,
    "\n  mutation StudioResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": typeof types.StudioResourceMediaRetryDocument,
    "\n  mutation StudioResourceSubtitleAttach($id: ID!, $uploadId: ID!, $language: String!) {\n    resourceSubtitleAttach(id: $id, uploadId: $uploadId, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": typeof types.StudioResourceSubtitleAttachDocument,
    "\n  mutation StudioResourceSubtitleRemove($id: ID!, $language: String!) {\n    resourceSubtitleRemove(id: $id, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": typeof types.StudioResourceSubtitleRemoveDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    realName\n    title\n    phoneMasked\n    phoneVerified\n    email\n    emailVerified\n    avatarUrl\n    realNameStatus\n    realNameVerified\n    studentOrStaffNumber\n    department\n    className\n    platformRole\n    platformRoleLabel\n    roles {\n      role\n      label\n      organisation {\n        id\n        name\n      }\n    }\n    isAdministrator\n    twoFactor {\n      required\n      enrolled\n      verified\n    }\n    wechatLinked\n  }\n": types.MeFieldsFragmentDoc,
    "\n  fragment MutationErrorFields on MutationError {\n    code\n    message\n    field\n  }\n": types.MutationErrorFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  query MySessions($activeOnly: Boolean, $limit: Int, $offset: Int) {\n    mySessions(activeOnly: $activeOnly, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        kind\n        method\n        device\n        place\n        ip\n        createdAt\n        lastSeenAt\n        endedAt\n        endReason\n        current\n      }\n    }\n  }\n": types.MySessionsDocument,
    "\n  query MyLoginHistory($limit: Int, $offset: Int) {\n    myLoginHistory(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        result\n        device\n        place\n        ip\n      }\n    }\n  }\n": types.MyLoginHistoryDocument,
    "\n  mutation RegisterStart($channel: Channel!, $target: String!, $password: String!) {\n    registerStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.RegisterStartDocument,
    "\n  mutation RegisterVerify($channel: Channel!, $target: String!, $code: String!) {\n    registerVerify(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.RegisterVerifyDocument,
    "\n  mutation PasswordResetStart($channel: Channel!, $target: String!) {\n    passwordResetStart(channel: $channel, target: $target) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.PasswordResetStartDocument,
    "\n  mutation PasswordResetComplete($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {\n    passwordResetComplete(channel: $channel, target: $target, code: $code, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.PasswordResetCompleteDocument,
    "\n  mutation LoginWithPassword($account: String!, $password: String!) {\n    loginWithPassword(account: $account, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginWithPasswordDocument,
    "\n  mutation LoginCodeSend($phone: String!) {\n    loginCodeSend(phone: $phone) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.LoginCodeSendDocument,
    "\n  mutation LoginWithSmsCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginWithSmsCodeDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n      endedCount\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation TwoFactorEnrolStart {\n    twoFactorEnrolStart {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      otpauthUrl\n      secret\n    }\n  }\n": types.TwoFactorEnrolStartDocument,
    "\n  mutation TwoFactorEnrolConfirm($code: String!) {\n    twoFactorEnrolConfirm(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.TwoFactorEnrolConfirmDocument,
    "\n  mutation TwoFactorVerify($code: String!) {\n    twoFactorVerify(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.TwoFactorVerifyDocument,
    "\n  mutation ProfileUpdate($title: String, $realName: String) {\n    profileUpdate(title: $title, realName: $realName) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.ProfileUpdateDocument,
    "\n  mutation PasswordChange($oldPassword: String!, $newPassword: String!) {\n    passwordChange(oldPassword: $oldPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.PasswordChangeDocument,
    "\n  mutation ContactChangeStart($channel: Channel!, $target: String!, $password: String!) {\n    contactChangeStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n": types.ContactChangeStartDocument,
    "\n  mutation ContactChangeConfirm($channel: Channel!, $target: String!, $code: String!) {\n    contactChangeConfirm(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.ContactChangeConfirmDocument,
    "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      session {\n        id\n        endedAt\n      }\n    }\n  }\n": types.SessionRevokeDocument,
    "\n  query OrganisationsForRealName {\n    organisationsForRealName {\n      id\n      name\n      shortName\n      kind\n      hasRoster\n    }\n  }\n": types.OrganisationsForRealNameDocument,
    "\n  mutation RealNameClaim($organisationId: ID!, $name: String!, $number: String!) {\n    realNameClaim(organisationId: $organisationId, name: $name, number: $number) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      status\n      claim {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": types.RealNameClaimDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      wechatWeb\n    }\n  }\n": types.LoginOptionsDocument,
    "\n  fragment CourseBuilderResourceFields on Resource {\n    id\n    title\n    type\n    status\n  }\n": types.CourseBuilderResourceFieldsFragmentDoc,
    "\n  fragment CourseBuilderStructureFields on CourseStructure {\n    version\n    modules {\n      id\n      title\n      parentId\n      depth\n      units {\n        id\n        title\n        items {\n          id\n          order\n          openForTrial\n          withdrawn\n          resource {\n            ...CourseBuilderResourceFields\n          }\n          assembly {\n            id\n            title\n            description\n          }\n          assemblyResources {\n            ...CourseBuilderResourceFields\n          }\n        }\n      }\n    }\n  }\n": types.CourseBuilderStructureFieldsFragmentDoc,
    "\n  query CourseBuildAccess($id: ID!) {\n    course(id: $id) {\n      id\n      affectedItems {\n        itemId\n      }\n    }\n  }\n": types.CourseBuildAccessDocument,
    "\n  query CourseBuilder($id: ID!, $version: Int) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      structure(version: $version) {\n        ...CourseBuilderStructureFields\n      }\n      affectedItems {\n        itemId\n        unitId\n        unitTitle\n        moduleId\n        moduleTitle\n        resourceTitles\n      }\n    }\n  }\n": types.CourseBuilderDocument,
    "\n  query CourseBuilderTargets($code: String) {\n    major(code: $code) {\n      id\n      courses {\n        id\n        name\n        affectedItems {\n          itemId\n        }\n      }\n    }\n  }\n": types.CourseBuilderTargetsDocument,
    "\n  query CourseBuilderTargetModules($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          parentId\n          depth\n        }\n      }\n    }\n  }\n": types.CourseBuilderTargetModulesDocument,
    "\n  mutation ModuleAdd($courseId: ID!, $title: String!, $parentId: ID, $position: Int) {\n    moduleAdd(courseId: $courseId, title: $title, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n        parentId\n        order\n      }\n    }\n  }\n": types.ModuleAddDocument,
    "\n  mutation ModuleMove($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleMove(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n": types.ModuleMoveDocument,
    "\n  mutation ModuleCopy($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleCopy(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n": types.ModuleCopyDocument,
    "\n  mutation UnitAdd($moduleId: ID!, $title: String!, $position: Int) {\n    unitAdd(moduleId: $moduleId, title: $title, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n        moduleId\n        order\n      }\n    }\n  }\n": types.UnitAddDocument,
    "\n  mutation ItemAdd($unitId: ID!, $resourceId: ID, $assemblyId: ID, $position: Int) {\n    itemAdd(unitId: $unitId, resourceId: $resourceId, assemblyId: $assemblyId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        unitId\n        order\n      }\n    }\n  }\n": types.ItemAddDocument,
    "\n  mutation ItemsReorder($unitId: ID!, $itemIds: [ID!]!) {\n    itemsReorder(unitId: $unitId, itemIds: $itemIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      items {\n        id\n        unitId\n        order\n      }\n    }\n  }\n": types.ItemsReorderDocument,
    "\n  mutation ItemRemove($id: ID!) {\n    itemRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": types.ItemRemoveDocument,
    "\n  mutation AssemblyCreate($title: String!, $description: String, $resourceIds: [ID!]!) {\n    assemblyCreate(title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n": types.AssemblyCreateDocument,
    "\n  mutation AssemblyUpdate($id: ID!, $title: String, $description: String, $resourceIds: [ID!]) {\n    assemblyUpdate(id: $id, title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n": types.AssemblyUpdateDocument,
    "\n  mutation CourseStructurePublish($courseId: ID!) {\n    courseStructurePublish(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      version\n    }\n  }\n": types.CourseStructurePublishDocument,
    "\n  query CourseStructureVersions($id: ID!) {\n    course(id: $id) {\n      id\n      structureVersions(limit: 100) {\n        number\n        publishedAt\n        publishedBy\n        itemCount\n      }\n    }\n  }\n": types.CourseStructureVersionsDocument,
    "\n  fragment CourseBuilderAssemblyFields on Assembly {\n    id\n    title\n    description\n    withdrawnCount\n    courseItemCount\n    canEdit\n    updatedAt\n    resources {\n      ...CourseBuilderResourceFields\n    }\n  }\n": types.CourseBuilderAssemblyFieldsFragmentDoc,
    "\n  query MyAssemblies($query: String, $limit: Int, $offset: Int) {\n    myAssemblies(query: $query, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...CourseBuilderAssemblyFields\n      }\n    }\n  }\n": types.MyAssembliesDocument,
    "\n  mutation ModuleRename($id: ID!, $title: String!) {\n    moduleRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n      }\n    }\n  }\n": types.ModuleRenameDocument,
    "\n  mutation ModuleRemove($id: ID!) {\n    moduleRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": types.ModuleRemoveDocument,
    "\n  mutation UnitRename($id: ID!, $title: String!) {\n    unitRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n      }\n    }\n  }\n": types.UnitRenameDocument,
    "\n  mutation UnitMove($id: ID!, $moduleId: ID!, $position: Int) {\n    unitMove(id: $id, moduleId: $moduleId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        moduleId\n        order\n      }\n    }\n  }\n": types.UnitMoveDocument,
    "\n  mutation UnitRemove($id: ID!) {\n    unitRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": types.UnitRemoveDocument,
    "\n  mutation ItemUpdate($id: ID!, $openForTrial: Boolean!) {\n    itemUpdate(id: $id, openForTrial: $openForTrial) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        openForTrial\n      }\n    }\n  }\n": types.ItemUpdateDocument,
    "\n  mutation AssemblyDelete($id: ID!) {\n    assemblyDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": types.AssemblyDeleteDocument,
    "\n  fragment CatalogueCourseCard on Course {\n    id\n    name\n    kind\n    level\n    summary\n    hours\n    credits\n    coverUrl\n    major {\n      id\n      code\n      name\n    }\n    teachers {\n      id\n      name\n      title\n      role\n      photoUrl\n    }\n  }\n": types.CatalogueCourseCardFragmentDoc,
    "\n  query CourseCatalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String, $limit: Int, $offset: Int) {\n    courses(major: $major, kind: $kind, level: $level, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CatalogueCourseCard\n      }\n      facets {\n        majors {\n          code\n          count\n        }\n        kinds {\n          kind\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n": types.CourseCatalogueDocument,
    "\n  query CatalogueMajors {\n    majors(limit: 100) {\n      totalCount\n      items {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.CatalogueMajorsDocument,
    "\n  fragment CoursePortalFields on CoursePortal {\n    name\n    template\n    level\n    summary\n    intro\n    coverUrl\n    standard {\n      goals {\n        id\n        kind\n        text\n      }\n      modules {\n        id\n        title\n        hours\n        summary\n      }\n      methods {\n        id\n        name\n        description\n      }\n      assessment {\n        id\n        name\n        weight\n        description\n      }\n      totalHours\n    }\n    teachers {\n      id\n      name\n      title\n      organisation\n      role\n      bio\n      photoUrl\n    }\n  }\n": types.CoursePortalFieldsFragmentDoc,
    "\n  query CoursePortal($id: ID!) {\n    course(id: $id) {\n      id\n      portal {\n        ...CoursePortalFields\n      }\n    }\n  }\n": types.CoursePortalDocument,
    "\n  fragment CoursePortalDraftFields on CoursePortalDraft {\n    status\n    updatedAt\n    comment\n    portal {\n      ...CoursePortalFields\n      introSource\n    }\n  }\n": types.CoursePortalDraftFieldsFragmentDoc,
    "\n  query CoursePortalTeamDraft($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      portalDraft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": types.CoursePortalTeamDraftDocument,
    "\n  mutation CoursePortalSave($courseId: ID!, $input: CoursePortalInput!, $submit: Boolean) {\n    coursePortalSave(courseId: $courseId, input: $input, submit: $submit) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": types.CoursePortalSaveDocument,
    "\n  mutation CoursePortalSubmit($courseId: ID!) {\n    coursePortalSubmit(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n": types.CoursePortalSubmitDocument,
    "\n  fragment CourseQuestionFields on CourseQuestion {\n    id\n    text\n    status\n    createdAt\n    askedBy\n    answer\n    answeredBy\n    answeredAt\n    faqEntryId\n    dismissReason\n    dismissNote\n    dismissedAt\n  }\n": types.CourseQuestionFieldsFragmentDoc,
    "\n  query CourseOpenQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      openQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n": types.CourseOpenQuestionsDocument,
    "\n  query CourseMyQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      myQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n": types.CourseMyQuestionsDocument,
    "\n  mutation CourseQuestionAnswer($questionId: ID!, $answer: String!, $addToFaq: Boolean, $pointIds: [ID!]) {\n    courseQuestionAnswer(questionId: $questionId, answer: $answer, addToFaq: $addToFaq, pointIds: $pointIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n      faqEntry {\n        id\n        question\n      }\n    }\n  }\n": types.CourseQuestionAnswerDocument,
    "\n  mutation CourseQuestionDismiss($questionId: ID!, $reason: CourseQuestionDismissReason!, $note: String) {\n    courseQuestionDismiss(questionId: $questionId, reason: $reason, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n    }\n  }\n": types.CourseQuestionDismissDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  query CourseKnowledgeGraph($id: ID!) {\n    course(id: $id) {\n      id\n      graph {\n        canEdit\n        jobPositionOptions {\n          id\n          name\n        }\n        nodes {\n          id\n          studyOrder\n          step\n          resourceTotal\n          x\n          y\n          resourceCounts {\n            type\n            count\n          }\n          point {\n            id\n            name\n            kind\n            description\n            jobPositions {\n              id\n              name\n            }\n          }\n        }\n        edges {\n          id\n          sourceId\n          targetId\n          kind\n        }\n      }\n      coverage {\n        pointsWithGaps\n        points {\n          resources\n          videosAndAnimations\n          questions\n          gaps\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.CourseKnowledgeGraphDocument,
    "\n  query KnowledgePointResources($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      kind\n      description\n      resources(limit: 50) {\n        id\n        title\n        type\n      }\n    }\n  }\n": types.KnowledgePointResourcesDocument,
    "\n  mutation KnowledgeEdgeAdd($sourceId: ID!, $targetId: ID!, $kind: KnowledgeEdgeKind!) {\n    knowledgeEdgeAdd(sourceId: $sourceId, targetId: $targetId, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      edge {\n        id\n        sourceId\n        targetId\n        kind\n      }\n    }\n  }\n": types.KnowledgeEdgeAddDocument,
    "\n  mutation KnowledgeEdgeRemove($id: ID!) {\n    knowledgeEdgeRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n": types.KnowledgeEdgeRemoveDocument,
    "\n  query CourseAnswer($courseId: ID!, $question: String!) {\n    courseAnswer(courseId: $courseId, question: $question) {\n      answered\n      confidence\n      entry {\n        id\n        question\n        answer\n      }\n      points {\n        id\n        name\n        kind\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n      resources {\n        pointId\n        resource {\n          id\n          title\n          type\n        }\n      }\n      sources {\n        kind\n        id\n        title\n        reason\n      }\n      suggestion\n      canPost\n    }\n  }\n": types.CourseAnswerDocument,
    "\n  mutation CourseQuestionPost($courseId: ID!, $text: String!) {\n    courseQuestionPost(courseId: $courseId, text: $text) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        text\n        status\n        createdAt\n      }\n    }\n  }\n": types.CourseQuestionPostDocument,
    "\n  query CourseFaq($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      faq(limit: $limit, offset: $offset) {\n        total\n        entries {\n          id\n          question\n          answer\n          points {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CourseFaqDocument,
    "\n  query CourseStructureOutline($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          depth\n          parentId\n          units {\n            id\n            title\n            items {\n              id\n              openForTrial\n              locked\n              withdrawn\n              title\n              type\n              resource {\n                id\n                title\n                type\n              }\n              assembly {\n                id\n                title\n              }\n              assemblyResources {\n                id\n                title\n                type\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CourseStructureOutlineDocument,
    "\n  mutation KnowledgePointAdd($courseId: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointAdd(courseId: $courseId, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.KnowledgePointAddDocument,
    "\n  mutation KnowledgePointUpdate($id: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointUpdate(id: $id, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.KnowledgePointUpdateDocument,
    "\n  mutation KnowledgePointRemove($id: ID!) {\n    knowledgePointRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n      removedEdges\n    }\n  }\n": types.KnowledgePointRemoveDocument,
    "\n  mutation KnowledgeGraphLayoutSave($courseId: ID!, $positions: [KnowledgePointPositionInput!]!) {\n    knowledgeGraphLayoutSave(courseId: $courseId, positions: $positions) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      positions {\n        pointId\n        x\n        y\n      }\n    }\n  }\n": types.KnowledgeGraphLayoutSaveDocument,
    "\n  fragment LibraryResourceCardFields on Resource {\n    id\n    title\n    type\n    description\n    keywords\n    previewUrl\n    viewCount\n    downloadCount\n    publishedAt\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n  }\n": types.LibraryResourceCardFieldsFragmentDoc,
    "\n  fragment LibraryFacetBucketFields on FacetBucket {\n    value\n    label\n    count\n  }\n": types.LibraryFacetBucketFieldsFragmentDoc,
    "\n  query LibraryResources($query: String, $filter: ResourceFilterInput, $sort: ResourceSort, $limit: Int, $offset: Int) {\n    resources(query: $query, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n      facets {\n        majors {\n          ...LibraryFacetBucketFields\n        }\n        courses {\n          ...LibraryFacetBucketFields\n        }\n        types {\n          ...LibraryFacetBucketFields\n        }\n        sources {\n          ...LibraryFacetBucketFields\n        }\n        knowledgePoints {\n          ...LibraryFacetBucketFields\n        }\n      }\n    }\n  }\n": types.LibraryResourcesDocument,
    "\n  query LibraryLatestResources($majorId: ID!, $limit: Int) {\n    resources(filter: { majorIds: [$majorId] }, sort: NEWEST, limit: $limit) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n    }\n  }\n": types.LibraryLatestResourcesDocument,
    "\n  query LibraryAutocomplete($prefix: String!, $limit: Int) {\n    resourceAutocomplete(prefix: $prefix, limit: $limit)\n  }\n": types.LibraryAutocompleteDocument,
    "\n  fragment LibraryResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    hlsUrl\n    posterUrl\n    spriteVttUrl\n    mp4Url\n    webmUrl\n    audioUrl\n    peaksUrl\n    thumbnailUrl\n    pdfUrl\n    subtitleUrl\n    subtitles {\n      language\n      label\n      url\n    }\n    packageUrl\n    images {\n      width\n      url\n      fallbackUrl\n    }\n    pages\n    conversions {\n      kind\n      state\n      progress\n      url\n      errorMessage\n    }\n  }\n": types.LibraryResourceMediaFieldsFragmentDoc,
    "\n  query LibraryResource($id: ID!) {\n    resource(id: $id) {\n      ...LibraryResourceCardFields\n      body\n      url\n      source\n      licence\n      audienceLevel\n      visibility\n      downloadRequiresLogin\n      rightsHolder\n      module {\n        id\n        name\n      }\n      knowledgePoints {\n        id\n        name\n        kind\n      }\n      authors {\n        name\n        organisationName\n      }\n      file {\n        filename\n        extension\n        mime\n        size\n        width\n        height\n        durationSeconds\n        pages\n      }\n      media {\n        ...LibraryResourceMediaFields\n      }\n      downloadUrl\n      canDownload\n      canEdit\n      updatedAt\n    }\n  }\n": types.LibraryResourceDocument,
    "\n  mutation LibraryResourceViewed($id: ID!) {\n    resourceViewed(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      viewCount\n    }\n  }\n": types.LibraryResourceViewedDocument,
    "\n  mutation LibraryResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n": types.LibraryResourceMediaRetryDocument,
    "\n  mutation LibraryResourceConversionRequest($id: ID!, $kind: ConversionKind!) {\n    resourceConversionRequest(id: $id, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n": types.LibraryResourceConversionRequestDocument,
    "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n": types.MajorOverviewFragmentDoc,
    "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n": types.TrainingProgramDetailsFragmentDoc,
    "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n    courseSystemGraph {\n      courses {\n        id\n        skillPointCount\n        knowledgePointCount\n      }\n      jobPositions {\n        id\n        name\n      }\n      mapsTo {\n        courseId\n        jobPositionId\n        pointCount\n      }\n    }\n  }\n": types.CourseGraphFragmentDoc,
    "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n": types.MajorPageDocument,
    "\n  fragment ManagedOrganisationFields on ManagedOrganisation {\n    id\n    name\n    shortName\n    kind\n    role\n    depth\n    parentId\n  }\n": types.ManagedOrganisationFieldsFragmentDoc,
    "\n  query AdministeredOrganisations {\n    administeredOrganisations {\n      ...ManagedOrganisationFields\n    }\n  }\n": types.AdministeredOrganisationsDocument,
    "\n  query ConstructionBoard {\n    constructionBoard {\n      organisation {\n        ...ManagedOrganisationFields\n      }\n      tasks {\n        id\n        kind\n        title\n        description\n        targetCount\n        doneCount\n        dueDate\n        progress\n        overdue\n        updatedAt\n      }\n      targetTotal\n      doneTotal\n      progress\n      overdueCount\n    }\n  }\n": types.ConstructionBoardDocument,
    "\n  mutation OrganisationCreate($parentId: ID, $name: String!, $kind: OrganisationKind!, $shortName: String) {\n    organisationCreate(parentId: $parentId, name: $name, kind: $kind, shortName: $shortName) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      organisation {\n        ...ManagedOrganisationFields\n      }\n    }\n  }\n": types.OrganisationCreateDocument,
    "\n  mutation OrganisationInvite($hostId: ID!, $name: String!, $kind: OrganisationKind!, $email: String!) {\n    organisationInvite(hostId: $hostId, name: $name, kind: $kind, email: $email) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      invitation {\n        id\n        email\n        expiresAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationInviteDocument,
    "\n  mutation InvitationAccept($token: String!) {\n    invitationAccept(token: $token) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InvitationAcceptDocument,
    "\n  mutation ConstructionTaskAssign(\n    $organisationId: ID!\n    $kind: ConstructionTaskKind!\n    $title: String!\n    $targetCount: Int!\n    $dueDate: Date!\n    $description: String\n  ) {\n    constructionTaskAssign(\n      organisationId: $organisationId\n      kind: $kind\n      title: $title\n      targetCount: $targetCount\n      dueDate: $dueDate\n      description: $description\n    ) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n      }\n    }\n  }\n": types.ConstructionTaskAssignDocument,
    "\n  mutation ConstructionTaskReport($taskId: ID!, $doneCount: Int!) {\n    constructionTaskReport(taskId: $taskId, doneCount: $doneCount) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n        doneCount\n        progress\n        overdue\n      }\n    }\n  }\n": types.ConstructionTaskReportDocument,
    "\n  query RosterEntries($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {\n    rosterEntries(organisationId: $organisationId, search: $search, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      items {\n        id\n        number\n        name\n        kind\n        department\n        className\n        claimed\n        claimedAt\n      }\n    }\n  }\n": types.RosterEntriesDocument,
    "\n  query RealNameClaimsPending {\n    realNameClaimsPending {\n      id\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      number\n      entryName\n      kind\n      claimantUsername\n      claimantName\n      holderUsername\n      holderName\n    }\n  }\n": types.RealNameClaimsPendingDocument,
    "\n  mutation RealNameClaimDecide($claimId: ID!, $approve: Boolean!, $note: String) {\n    realNameClaimDecide(claimId: $claimId, approve: $approve, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      claim {\n        id\n        status\n      }\n    }\n  }\n": types.RealNameClaimDecideDocument,
    "\n  mutation RoleAssign($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleAssign(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RoleAssignDocument,
    "\n  mutation RoleRevoke($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleRevoke(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RoleRevokeDocument,
    "\n  query OrganisationMembers($organisationId: ID!, $search: String, $limit: Int, $offset: Int) {\n    organisationMembers(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        assignmentId\n        userId\n        username\n        name\n        phone\n        role\n        roleLabel\n        realNameVerified\n      }\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  mutation PersonalDataView($userId: ID!) {\n    personalDataView(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      data {\n        userId\n        phone\n        realName\n      }\n    }\n  }\n": types.PersonalDataViewDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    nameMasked\n    phoneMasked\n    email\n    isActive\n    lockedUntil\n    platformRole\n    realNameVerified\n    twoFactorEnrolled\n    dateJoined\n    lastLogin\n  }\n": types.ManagedUserFieldsFragmentDoc,
    "\n  query ManagedUsers($search: String, $limit: Int, $offset: Int) {\n    users(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ManagedUserFields\n      }\n    }\n  }\n": types.ManagedUsersDocument,
    "\n  mutation UserSetActive($userId: ID!, $active: Boolean!) {\n    userSetActive(userId: $userId, active: $active) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": types.UserSetActiveDocument,
    "\n  mutation UserUnlock($userId: ID!) {\n    userUnlock(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": types.UserUnlockDocument,
    "\n  mutation TwoFactorReset($userId: ID!) {\n    twoFactorReset(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TwoFactorResetDocument,
    "\n  query AuditEvents(\n    $actor: String\n    $action: String\n    $result: String\n    $objectType: String\n    $ip: String\n    $since: DateTime\n    $until: DateTime\n    $limit: Int\n    $offset: Int\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      result: $result\n      objectType: $objectType\n      ip: $ip\n      since: $since\n      until: $until\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRoles\n        ip\n        userAgent\n        action\n        result\n        objectType\n        objectId\n        objectRepr\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment QuestionBankPartFields on Question {\n    id\n    questionType\n    stem\n    content\n    referenceAnswer\n    explanation\n    difficulty\n    score\n    source\n    tags\n    knowledgePoints {\n      id\n      name\n    }\n    module {\n      id\n      title\n    }\n  }\n": types.QuestionBankPartFieldsFragmentDoc,
    "\n  fragment QuestionBankItemFields on Question {\n    ...QuestionBankPartFields\n    status\n    live\n    authorName\n    updatedAt\n    subQuestions {\n      ...QuestionBankPartFields\n    }\n  }\n": types.QuestionBankItemFieldsFragmentDoc,
    "\n  query QuestionBank(\n    $courseId: ID!\n    $search: String\n    $questionType: QuestionType\n    $difficulty: Int\n    $knowledgePointId: ID\n    $moduleId: ID\n    $status: QuestionStatus\n    $limit: Int\n    $offset: Int\n  ) {\n    questionBank(\n      courseId: $courseId\n      search: $search\n      questionType: $questionType\n      difficulty: $difficulty\n      knowledgePointId: $knowledgePointId\n      moduleId: $moduleId\n      status: $status\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": types.QuestionBankDocument,
    "\n  query QuestionBankCourse($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.QuestionBankCourseDocument,
    "\n  query QuestionBankItem($id: ID!) {\n    question(id: $id) {\n      ...QuestionBankItemFields\n      course {\n        id\n      }\n    }\n  }\n": types.QuestionBankItemDocument,
    "\n  mutation QuestionCreate($courseId: ID!, $input: QuestionInput!) {\n    questionCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": types.QuestionCreateDocument,
    "\n  mutation QuestionUpdate($id: ID!, $input: QuestionInput!) {\n    questionUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n": types.QuestionUpdateDocument,
    "\n  mutation QuestionDelete($id: ID!) {\n    questionDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": types.QuestionDeleteDocument,
    "\n  mutation QuestionRestore($id: ID!) {\n    questionRestore(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": types.QuestionRestoreDocument,
    "\n  mutation QuestionSubmit($id: ID!) {\n    questionSubmit(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n": types.QuestionSubmitDocument,
    "\n  query QuestionCoverage($courseId: ID!, $includeDrafts: Boolean) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionCoverage(courseId: $courseId, includeDrafts: $includeDrafts) {\n      uncovered\n      untagged\n      points {\n        total\n        point {\n          id\n          name\n          kind\n        }\n        cells {\n          questionType\n          difficulty\n          count\n        }\n      }\n    }\n  }\n": types.QuestionCoverageDocument,
    "\n  query KnowledgePointQuestions($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      questions(limit: 100) {\n        id\n        questionType\n        stem\n        status\n        difficulty\n      }\n    }\n  }\n": types.KnowledgePointQuestionsDocument,
    "\n  mutation KnowledgePointQuestionsAttach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsAttach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KnowledgePointQuestionsAttachDocument,
    "\n  mutation KnowledgePointQuestionsDetach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsDetach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KnowledgePointQuestionsDetachDocument,
    "\n  mutation KnowledgePointAttach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointAttach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KnowledgePointAttachDocument,
    "\n  mutation KnowledgePointDetach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointDetach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KnowledgePointDetachDocument,
    "\n  mutation QuestionImportPreview($importId: ID!, $format: QuestionImportFormat) {\n    questionImportPreview(importId: $importId, format: $format) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      preview {\n        importId\n        filename\n        format\n        status\n        canImport\n        items {\n          location\n          questionType\n          stem\n          options {\n            key\n            html\n            side\n          }\n          answer\n          explanation\n          score\n          difficulty\n          knowledgePoints {\n            name\n            found\n          }\n          tags\n          subQuestionCount\n          warnings\n        }\n        errors {\n          location\n          message\n        }\n        warnings {\n          location\n          message\n        }\n      }\n    }\n  }\n": types.QuestionImportPreviewDocument,
    "\n  mutation QuestionImportConfirm($importId: ID!) {\n    questionImportConfirm(importId: $importId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      questionImport {\n        ...QuestionImportState\n      }\n    }\n  }\n": types.QuestionImportConfirmDocument,
    "\n  fragment QuestionImportState on QuestionImportRecord {\n    id\n    status\n    itemCount\n    progress\n    questionIds\n    errors {\n      location\n      message\n    }\n  }\n": types.QuestionImportStateFragmentDoc,
    "\n  query QuestionImport($id: ID!) {\n    questionImport(id: $id) {\n      ...QuestionImportState\n    }\n  }\n": types.QuestionImportDocument,
    "\n  query QuestionImportCourse($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionBank(courseId: $courseId, limit: 1) {\n      totalCount\n    }\n  }\n": types.QuestionImportCourseDocument,
    "\n  query QuestionImports($courseId: ID!) {\n    questionImports(courseId: $courseId, limit: 10) {\n      id\n      filename\n      format\n      status\n      itemCount\n      errorCount\n      userName\n      createdAt\n      importedAt\n    }\n  }\n": types.QuestionImportsDocument,
    "\n  fragment SelfTestSummary on Paper {\n    id\n    title\n    kind\n    open\n    totalScore\n    itemCount\n    maxAttempts\n    module {\n      id\n      title\n    }\n    myAttemptCount\n    myBestScore\n    myOpenAttemptId\n  }\n": types.SelfTestSummaryFragmentDoc,
    "\n  fragment PaperEditFields on Paper {\n    id\n    title\n    kind\n    open\n    shuffleItems\n    shuffleOptions\n    maxAttempts\n    totalScore\n    itemCount\n    module {\n      id\n      title\n    }\n    items {\n      id\n      score\n      question {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n    rules {\n      id\n      questionType\n      count\n      difficulty\n      scoreEach\n      module {\n        id\n        title\n      }\n      knowledgePoint {\n        id\n        name\n      }\n    }\n  }\n": types.PaperEditFieldsFragmentDoc,
    "\n  query CourseSelfTests($courseId: ID!, $moduleId: ID) {\n    selfTests(courseId: $courseId, moduleId: $moduleId) {\n      ...SelfTestSummary\n    }\n  }\n": types.CourseSelfTestsDocument,
    "\n  query CoursePapers($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n          }\n        }\n      }\n    }\n    coursePapers(courseId: $courseId) {\n      ...PaperEditFields\n    }\n  }\n": types.CoursePapersDocument,
    "\n  query PaperBankPicker($courseId: ID!, $search: String, $questionType: QuestionType, $moduleId: ID, $offset: Int) {\n    questionBank(courseId: $courseId, search: $search, questionType: $questionType, moduleId: $moduleId, liveOnly: true, limit: 10, offset: $offset) {\n      totalCount\n      items {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n  }\n": types.PaperBankPickerDocument,
    "\n  query PaperRulesCheck($courseId: ID!, $rules: [PaperRuleInput!]!) {\n    paperRulesCheck(courseId: $courseId, rules: $rules) {\n      ok\n      message\n      field\n      totalScore\n    }\n  }\n": types.PaperRulesCheckDocument,
    "\n  mutation PaperCreate($courseId: ID!, $input: PaperInput!) {\n    paperCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n": types.PaperCreateDocument,
    "\n  mutation PaperUpdate($id: ID!, $input: PaperInput!) {\n    paperUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n": types.PaperUpdateDocument,
    "\n  mutation PaperDelete($id: ID!) {\n    paperDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      deletedId\n    }\n  }\n": types.PaperDeleteDocument,
    "\n  query SelfTestPage($paperId: ID!) {\n    paper(id: $paperId) {\n      ...SelfTestSummary\n      course {\n        id\n        name\n      }\n    }\n    attemptHistory(paperId: $paperId) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n    }\n  }\n": types.SelfTestPageDocument,
    "\n  fragment AttemptItemFields on AttemptItem {\n    id\n    questionType\n    stem\n    score\n    content\n    response\n    result {\n      points\n      maxPoints\n      correct\n      needsGrading\n      answerKey\n      referenceAnswer\n      explanation\n    }\n  }\n": types.AttemptItemFieldsFragmentDoc,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n      items {\n        ...AttemptItemFields\n        subQuestions {\n          ...AttemptItemFields\n        }\n      }\n    }\n  }\n": types.AttemptDocument,
    "\n  mutation AttemptStart($paperId: ID!) {\n    attemptStart(paperId: $paperId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      attempt {\n        id\n      }\n    }\n  }\n": types.AttemptStartDocument,
    "\n  mutation AnswerSave($attemptId: ID!, $questionId: ID!, $response: GenericScalar) {\n    answerSave(attemptId: $attemptId, questionId: $questionId, response: $response) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      savedAt\n    }\n  }\n": types.AnswerSaveDocument,
    "\n  mutation AttemptSubmit($attemptId: ID!) {\n    attemptSubmit(attemptId: $attemptId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      bestScore\n      attempt {\n        id\n        state\n        score\n      }\n    }\n  }\n": types.AttemptSubmitDocument,
    "\n  fragment StudioResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    subtitles {\n      language\n      label\n      url\n    }\n  }\n": types.StudioResourceMediaFieldsFragmentDoc,
    "\n  fragment StudioResourceFields on Resource {\n    id\n    title\n    type\n    description\n    url\n    source\n    licence\n    audienceLevel\n    visibility\n    downloadRequiresLogin\n    rightsHolder\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n    module {\n      id\n      name\n    }\n    knowledgePoints {\n      id\n      name\n      kind\n    }\n    keywords\n    authors {\n      name\n      organisationName\n    }\n    file {\n      filename\n      extension\n      mime\n      size\n      width\n      height\n      durationSeconds\n      pages\n    }\n    media {\n      ...StudioResourceMediaFields\n    }\n    previewUrl\n    canEdit\n    status\n    hasUnpublishedChanges\n    review {\n      level\n      submittedAt\n      submittedBy\n      comment\n    }\n    publishedAt\n    updatedAt\n    deletedAt\n  }\n": types.StudioResourceFieldsFragmentDoc,
    "\n  fragment StudioBatchResultFields on BatchOperationResult {\n    id\n    ok\n    code\n    message\n  }\n": types.StudioBatchResultFieldsFragmentDoc,
    "\n  fragment StudioBatchFields on ResourceBatch {\n    id\n    status\n    createdAt\n    items {\n      id\n      path\n      status\n      errorCode\n      message\n      recognised {\n        title\n        type\n        majorId\n        courseId\n        moduleId\n        knowledgePointIds\n        keywords\n        description\n        origins\n      }\n      file {\n        filename\n        extension\n        size\n      }\n      duplicateOf {\n        id\n        title\n      }\n      resource {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.StudioBatchFieldsFragmentDoc,
    "\n  query MyResources($query: String, $status: MyResourceStatus, $deleted: Boolean, $limit: Int, $offset: Int) {\n    myResources(query: $query, status: $status, deleted: $deleted, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...StudioResourceFields\n      }\n    }\n  }\n": types.MyResourcesDocument,
    "\n  query ResourceDraft($id: ID!) {\n    resourceDraft(id: $id) {\n      ...StudioResourceFields\n      body\n      bodySource\n    }\n  }\n": types.ResourceDraftDocument,
    "\n  query ResourceReviewHistory($id: ID!) {\n    resourceReviewHistory(id: $id) {\n      level\n      approved\n      cancelled\n      decidedBy\n      decidedAt\n      comment\n      revisionId\n      submittedBy\n    }\n  }\n": types.ResourceReviewHistoryDocument,
    "\n  query ReviewQueue($limit: Int, $offset: Int) {\n    reviewQueue(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        level\n        startedAt\n        submittedBy\n        resource {\n          ...StudioResourceFields\n          body\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewQueueCount {\n    reviewQueue(limit: 1) {\n      total\n    }\n  }\n": types.ReviewQueueCountDocument,
    "\n  query ResourceFormOptions {\n    resourceFormOptions {\n      organisations {\n        id\n        name\n      }\n      majors {\n        id\n        name\n        code\n        namingPattern\n        namingEnforced\n        courses {\n          id\n          name\n          modules {\n            id\n            name\n          }\n          knowledgePoints {\n            id\n            name\n            kind\n          }\n        }\n      }\n      maxUploadBytes\n    }\n  }\n": types.ResourceFormOptionsDocument,
    "\n  query ResourceTitleSuggestion($majorId: ID!, $courseId: ID, $moduleId: ID, $knowledgePointId: ID, $type: String) {\n    resourceTitleSuggestion(\n      majorId: $majorId\n      courseId: $courseId\n      moduleId: $moduleId\n      knowledgePointId: $knowledgePointId\n      type: $type\n    )\n  }\n": types.ResourceTitleSuggestionDocument,
    "\n  query ResourceBatch($id: ID!) {\n    resourceBatch(id: $id) {\n      ...StudioBatchFields\n    }\n  }\n": types.ResourceBatchDocument,
    "\n  mutation ResourceCreate($input: ResourceInput!, $uploadId: ID, $allowDuplicate: Boolean) {\n    resourceCreate(input: $input, uploadId: $uploadId, allowDuplicate: $allowDuplicate) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": types.ResourceCreateDocument,
    "\n  mutation ResourceUpdate($id: ID!, $input: ResourceInput!, $uploadId: ID) {\n    resourceUpdate(id: $id, input: $input, uploadId: $uploadId) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n        body\n        bodySource\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n": types.ResourceUpdateDocument,
    "\n  mutation ResourceReview($id: ID!, $approve: Boolean!, $comment: String) {\n    resourceReview(id: $id, approve: $approve, comment: $comment) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n": types.ResourceReviewDocument,
    "\n  mutation ResourceWithdraw($id: ID!) {\n    resourceWithdraw(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n": types.ResourceWithdrawDocument,
    "\n  mutation ResourcesSubmit($ids: [ID!]!) {\n    resourcesSubmit(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesSubmitDocument,
    "\n  mutation ResourcesUpdate($ids: [ID!]!, $input: ResourceInput!) {\n    resourcesUpdate(ids: $ids, input: $input) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesUpdateDocument,
    "\n  mutation ResourcesDelete($ids: [ID!]!) {\n    resourcesDelete(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesDeleteDocument,
    "\n  mutation ResourcesRestore($ids: [ID!]!) {\n    resourcesRestore(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesRestoreDocument,
    "\n  mutation ResourcesPurge($ids: [ID!]!) {\n    resourcesPurge(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesPurgeDocument,
    "\n  mutation ResourcesReconvert($ids: [ID!]!) {\n    resourcesReconvert(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n": types.ResourcesReconvertDocument,
    "\n  mutation ResourceBatchPrepare($uploads: [BatchUploadInput!]!, $defaults: ResourceInput) {\n    resourceBatchPrepare(uploads: $uploads, defaults: $defaults) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n": types.ResourceBatchPrepareDocument,
    "\n  mutation ResourceBatchCommit($id: ID!, $items: [BatchItemInput!], $submit: Boolean) {\n    resourceBatchCommit(id: $id, items: $items, submit: $submit) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n": types.ResourceBatchCommitDocument,
    "\n  mutation StudioResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": types.StudioResourceMediaRetryDocument,
    "\n  mutation StudioResourceSubtitleAttach($id: ID!, $uploadId: ID!, $language: String!) {\n    resourceSubtitleAttach(id: $id, uploadId: $uploadId, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": types.StudioResourceSubtitleAttachDocument,
    "\n  mutation StudioResourceSubtitleRemove($id: ID!, $language: String!) {\n    resourceSubtitleRemove(id: $id, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n": types.StudioResourceSubtitleRemoveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    realName\n    title\n    phoneMasked\n    phoneVerified\n    email\n    emailVerified\n    avatarUrl\n    realNameStatus\n    realNameVerified\n    studentOrStaffNumber\n    department\n    className\n    platformRole\n    platformRoleLabel\n    roles {\n      role\n      label\n      organisation {\n        id\n        name\n      }\n    }\n    isAdministrator\n    twoFactor {\n      required\n      enrolled\n      verified\n    }\n    wechatLinked\n  }\n"): typeof import('./graphql').MeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationErrorFields on MutationError {\n    code\n    message\n    field\n  }\n"): typeof import('./graphql').MutationErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions($activeOnly: Boolean, $limit: Int, $offset: Int) {\n    mySessions(activeOnly: $activeOnly, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        kind\n        method\n        device\n        place\n        ip\n        createdAt\n        lastSeenAt\n        endedAt\n        endReason\n        current\n      }\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLoginHistory($limit: Int, $offset: Int) {\n    myLoginHistory(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        result\n        device\n        place\n        ip\n      }\n    }\n  }\n"): typeof import('./graphql').MyLoginHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterStart($channel: Channel!, $target: String!, $password: String!) {\n    registerStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVerify($channel: Channel!, $target: String!, $code: String!) {\n    registerVerify(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetStart($channel: Channel!, $target: String!) {\n    passwordResetStart(channel: $channel, target: $target) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').PasswordResetStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetComplete($channel: Channel!, $target: String!, $code: String!, $newPassword: String!) {\n    passwordResetComplete(channel: $channel, target: $target, code: $code, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').PasswordResetCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithPassword($account: String!, $password: String!) {\n    loginWithPassword(account: $account, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginCodeSend($phone: String!) {\n    loginCodeSend(phone: $phone) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginCodeSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithSmsCode($phone: String!, $code: String!) {\n    loginWithSmsCode(phone: $phone, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      twoFactorRequired\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ok\n      endedCount\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorEnrolStart {\n    twoFactorEnrolStart {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      otpauthUrl\n      secret\n    }\n  }\n"): typeof import('./graphql').TwoFactorEnrolStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorEnrolConfirm($code: String!) {\n    twoFactorEnrolConfirm(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').TwoFactorEnrolConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorVerify($code: String!) {\n    twoFactorVerify(code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').TwoFactorVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdate($title: String, $realName: String) {\n    profileUpdate(title: $title, realName: $realName) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordChange($oldPassword: String!, $newPassword: String!) {\n    passwordChange(oldPassword: $oldPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').PasswordChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactChangeStart($channel: Channel!, $target: String!, $password: String!) {\n    contactChangeStart(channel: $channel, target: $target, password: $password) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ContactChangeStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactChangeConfirm($channel: Channel!, $target: String!, $code: String!) {\n    contactChangeConfirm(channel: $channel, target: $target, code: $code) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ContactChangeConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevoke($id: ID!) {\n    sessionRevoke(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      session {\n        id\n        endedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SessionRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsForRealName {\n    organisationsForRealName {\n      id\n      name\n      shortName\n      kind\n      hasRoster\n    }\n  }\n"): typeof import('./graphql').OrganisationsForRealNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealNameClaim($organisationId: ID!, $name: String!, $number: String!) {\n    realNameClaim(organisationId: $organisationId, name: $name, number: $number) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      status\n      claim {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').RealNameClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginOptions {\n    loginOptions {\n      wechatWeb\n    }\n  }\n"): typeof import('./graphql').LoginOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseBuilderResourceFields on Resource {\n    id\n    title\n    type\n    status\n  }\n"): typeof import('./graphql').CourseBuilderResourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseBuilderStructureFields on CourseStructure {\n    version\n    modules {\n      id\n      title\n      parentId\n      depth\n      units {\n        id\n        title\n        items {\n          id\n          order\n          openForTrial\n          withdrawn\n          resource {\n            ...CourseBuilderResourceFields\n          }\n          assembly {\n            id\n            title\n            description\n          }\n          assemblyResources {\n            ...CourseBuilderResourceFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseBuilderStructureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseBuildAccess($id: ID!) {\n    course(id: $id) {\n      id\n      affectedItems {\n        itemId\n      }\n    }\n  }\n"): typeof import('./graphql').CourseBuildAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseBuilder($id: ID!, $version: Int) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      structure(version: $version) {\n        ...CourseBuilderStructureFields\n      }\n      affectedItems {\n        itemId\n        unitId\n        unitTitle\n        moduleId\n        moduleTitle\n        resourceTitles\n      }\n    }\n  }\n"): typeof import('./graphql').CourseBuilderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseBuilderTargets($code: String) {\n    major(code: $code) {\n      id\n      courses {\n        id\n        name\n        affectedItems {\n          itemId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseBuilderTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseBuilderTargetModules($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          parentId\n          depth\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseBuilderTargetModulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModuleAdd($courseId: ID!, $title: String!, $parentId: ID, $position: Int) {\n    moduleAdd(courseId: $courseId, title: $title, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n        parentId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModuleMove($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleMove(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModuleCopy($id: ID!, $courseId: ID!, $parentId: ID, $position: Int) {\n    moduleCopy(id: $id, courseId: $courseId, parentId: $parentId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        courseId\n        parentId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleCopyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitAdd($moduleId: ID!, $title: String!, $position: Int) {\n    unitAdd(moduleId: $moduleId, title: $title, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n        moduleId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').UnitAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ItemAdd($unitId: ID!, $resourceId: ID, $assemblyId: ID, $position: Int) {\n    itemAdd(unitId: $unitId, resourceId: $resourceId, assemblyId: $assemblyId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        unitId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').ItemAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ItemsReorder($unitId: ID!, $itemIds: [ID!]!) {\n    itemsReorder(unitId: $unitId, itemIds: $itemIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      items {\n        id\n        unitId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').ItemsReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ItemRemove($id: ID!) {\n    itemRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n"): typeof import('./graphql').ItemRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyCreate($title: String!, $description: String, $resourceIds: [ID!]!) {\n    assemblyCreate(title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').AssemblyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyUpdate($id: ID!, $title: String, $description: String, $resourceIds: [ID!]) {\n    assemblyUpdate(id: $id, title: $title, description: $description, resourceIds: $resourceIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assembly {\n        id\n        title\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').AssemblyUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseStructurePublish($courseId: ID!) {\n    courseStructurePublish(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      version\n    }\n  }\n"): typeof import('./graphql').CourseStructurePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseStructureVersions($id: ID!) {\n    course(id: $id) {\n      id\n      structureVersions(limit: 100) {\n        number\n        publishedAt\n        publishedBy\n        itemCount\n      }\n    }\n  }\n"): typeof import('./graphql').CourseStructureVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseBuilderAssemblyFields on Assembly {\n    id\n    title\n    description\n    withdrawnCount\n    courseItemCount\n    canEdit\n    updatedAt\n    resources {\n      ...CourseBuilderResourceFields\n    }\n  }\n"): typeof import('./graphql').CourseBuilderAssemblyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssemblies($query: String, $limit: Int, $offset: Int) {\n    myAssemblies(query: $query, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...CourseBuilderAssemblyFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssembliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModuleRename($id: ID!, $title: String!) {\n    moduleRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      module {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModuleRemove($id: ID!) {\n    moduleRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n"): typeof import('./graphql').ModuleRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitRename($id: ID!, $title: String!) {\n    unitRename(id: $id, title: $title) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').UnitRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitMove($id: ID!, $moduleId: ID!, $position: Int) {\n    unitMove(id: $id, moduleId: $moduleId, position: $position) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      unit {\n        id\n        moduleId\n        order\n      }\n    }\n  }\n"): typeof import('./graphql').UnitMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitRemove($id: ID!) {\n    unitRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n"): typeof import('./graphql').UnitRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ItemUpdate($id: ID!, $openForTrial: Boolean!) {\n    itemUpdate(id: $id, openForTrial: $openForTrial) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      item {\n        id\n        openForTrial\n      }\n    }\n  }\n"): typeof import('./graphql').ItemUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssemblyDelete($id: ID!) {\n    assemblyDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n"): typeof import('./graphql').AssemblyDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueCourseCard on Course {\n    id\n    name\n    kind\n    level\n    summary\n    hours\n    credits\n    coverUrl\n    major {\n      id\n      code\n      name\n    }\n    teachers {\n      id\n      name\n      title\n      role\n      photoUrl\n    }\n  }\n"): typeof import('./graphql').CatalogueCourseCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCatalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String, $limit: Int, $offset: Int) {\n    courses(major: $major, kind: $kind, level: $level, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CatalogueCourseCard\n      }\n      facets {\n        majors {\n          code\n          count\n        }\n        kinds {\n          kind\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueMajors {\n    majors(limit: 100) {\n      totalCount\n      items {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueMajorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoursePortalFields on CoursePortal {\n    name\n    template\n    level\n    summary\n    intro\n    coverUrl\n    standard {\n      goals {\n        id\n        kind\n        text\n      }\n      modules {\n        id\n        title\n        hours\n        summary\n      }\n      methods {\n        id\n        name\n        description\n      }\n      assessment {\n        id\n        name\n        weight\n        description\n      }\n      totalHours\n    }\n    teachers {\n      id\n      name\n      title\n      organisation\n      role\n      bio\n      photoUrl\n    }\n  }\n"): typeof import('./graphql').CoursePortalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePortal($id: ID!) {\n    course(id: $id) {\n      id\n      portal {\n        ...CoursePortalFields\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePortalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoursePortalDraftFields on CoursePortalDraft {\n    status\n    updatedAt\n    comment\n    portal {\n      ...CoursePortalFields\n      introSource\n    }\n  }\n"): typeof import('./graphql').CoursePortalDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePortalTeamDraft($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      major {\n        id\n        code\n        name\n      }\n      portalDraft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePortalTeamDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoursePortalSave($courseId: ID!, $input: CoursePortalInput!, $submit: Boolean) {\n    coursePortalSave(courseId: $courseId, input: $input, submit: $submit) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePortalSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoursePortalSubmit($courseId: ID!) {\n    coursePortalSubmit(courseId: $courseId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      draft {\n        ...CoursePortalDraftFields\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePortalSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseQuestionFields on CourseQuestion {\n    id\n    text\n    status\n    createdAt\n    askedBy\n    answer\n    answeredBy\n    answeredAt\n    faqEntryId\n    dismissReason\n    dismissNote\n    dismissedAt\n  }\n"): typeof import('./graphql').CourseQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseOpenQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      openQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseOpenQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseMyQuestions($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      myQuestions(limit: $limit, offset: $offset) {\n        total\n        questions {\n          ...CourseQuestionFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseMyQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseQuestionAnswer($questionId: ID!, $answer: String!, $addToFaq: Boolean, $pointIds: [ID!]) {\n    courseQuestionAnswer(questionId: $questionId, answer: $answer, addToFaq: $addToFaq, pointIds: $pointIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n      faqEntry {\n        id\n        question\n      }\n    }\n  }\n"): typeof import('./graphql').CourseQuestionAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseQuestionDismiss($questionId: ID!, $reason: CourseQuestionDismissReason!, $note: String) {\n    courseQuestionDismiss(questionId: $questionId, reason: $reason, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...CourseQuestionFields\n      }\n    }\n  }\n"): typeof import('./graphql').CourseQuestionDismissDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      id\n      slug\n      name\n      kind\n      summary\n      intro\n      hours\n      credits\n      semester\n      major {\n        id\n        code\n        name\n      }\n      teachers {\n        id\n        name\n        title\n        organisation\n        role\n        bio\n      }\n      outline {\n        id\n        title\n        summary\n        hours\n      }\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n          description\n        }\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').CoursePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseKnowledgeGraph($id: ID!) {\n    course(id: $id) {\n      id\n      graph {\n        canEdit\n        jobPositionOptions {\n          id\n          name\n        }\n        nodes {\n          id\n          studyOrder\n          step\n          resourceTotal\n          x\n          y\n          resourceCounts {\n            type\n            count\n          }\n          point {\n            id\n            name\n            kind\n            description\n            jobPositions {\n              id\n              name\n            }\n          }\n        }\n        edges {\n          id\n          sourceId\n          targetId\n          kind\n        }\n      }\n      coverage {\n        pointsWithGaps\n        points {\n          resources\n          videosAndAnimations\n          questions\n          gaps\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseKnowledgeGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePointResources($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      kind\n      description\n      resources(limit: 50) {\n        id\n        title\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeEdgeAdd($sourceId: ID!, $targetId: ID!, $kind: KnowledgeEdgeKind!) {\n    knowledgeEdgeAdd(sourceId: $sourceId, targetId: $targetId, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      edge {\n        id\n        sourceId\n        targetId\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgeEdgeAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeEdgeRemove($id: ID!) {\n    knowledgeEdgeRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n    }\n  }\n"): typeof import('./graphql').KnowledgeEdgeRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseAnswer($courseId: ID!, $question: String!) {\n    courseAnswer(courseId: $courseId, question: $question) {\n      answered\n      confidence\n      entry {\n        id\n        question\n        answer\n      }\n      points {\n        id\n        name\n        kind\n      }\n      prerequisites {\n        id\n        name\n        kind\n      }\n      resources {\n        pointId\n        resource {\n          id\n          title\n          type\n        }\n      }\n      sources {\n        kind\n        id\n        title\n        reason\n      }\n      suggestion\n      canPost\n    }\n  }\n"): typeof import('./graphql').CourseAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseQuestionPost($courseId: ID!, $text: String!) {\n    courseQuestionPost(courseId: $courseId, text: $text) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        text\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').CourseQuestionPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseFaq($id: ID!, $limit: Int!, $offset: Int!) {\n    course(id: $id) {\n      id\n      faq(limit: $limit, offset: $offset) {\n        total\n        entries {\n          id\n          question\n          answer\n          points {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseFaqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseStructureOutline($id: ID!) {\n    course(id: $id) {\n      id\n      structure {\n        version\n        modules {\n          id\n          title\n          depth\n          parentId\n          units {\n            id\n            title\n            items {\n              id\n              openForTrial\n              locked\n              withdrawn\n              title\n              type\n              resource {\n                id\n                title\n                type\n              }\n              assembly {\n                id\n                title\n              }\n              assemblyResources {\n                id\n                title\n                type\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseStructureOutlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointAdd($courseId: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointAdd(courseId: $courseId, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointUpdate($id: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobPositionIds: [ID!]) {\n    knowledgePointUpdate(id: $id, kind: $kind, name: $name, description: $description, jobPositionIds: $jobPositionIds) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      point {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointRemove($id: ID!) {\n    knowledgePointRemove(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      removedId\n      removedEdges\n    }\n  }\n"): typeof import('./graphql').KnowledgePointRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeGraphLayoutSave($courseId: ID!, $positions: [KnowledgePointPositionInput!]!) {\n    knowledgeGraphLayoutSave(courseId: $courseId, positions: $positions) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      positions {\n        pointId\n        x\n        y\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgeGraphLayoutSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryResourceCardFields on Resource {\n    id\n    title\n    type\n    description\n    keywords\n    previewUrl\n    viewCount\n    downloadCount\n    publishedAt\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LibraryResourceCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryFacetBucketFields on FacetBucket {\n    value\n    label\n    count\n  }\n"): typeof import('./graphql').LibraryFacetBucketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryResources($query: String, $filter: ResourceFilterInput, $sort: ResourceSort, $limit: Int, $offset: Int) {\n    resources(query: $query, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n      facets {\n        majors {\n          ...LibraryFacetBucketFields\n        }\n        courses {\n          ...LibraryFacetBucketFields\n        }\n        types {\n          ...LibraryFacetBucketFields\n        }\n        sources {\n          ...LibraryFacetBucketFields\n        }\n        knowledgePoints {\n          ...LibraryFacetBucketFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryLatestResources($majorId: ID!, $limit: Int) {\n    resources(filter: { majorIds: [$majorId] }, sort: NEWEST, limit: $limit) {\n      total\n      items {\n        ...LibraryResourceCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryLatestResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryAutocomplete($prefix: String!, $limit: Int) {\n    resourceAutocomplete(prefix: $prefix, limit: $limit)\n  }\n"): typeof import('./graphql').LibraryAutocompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    hlsUrl\n    posterUrl\n    spriteVttUrl\n    mp4Url\n    webmUrl\n    audioUrl\n    peaksUrl\n    thumbnailUrl\n    pdfUrl\n    subtitleUrl\n    subtitles {\n      language\n      label\n      url\n    }\n    packageUrl\n    images {\n      width\n      url\n      fallbackUrl\n    }\n    pages\n    conversions {\n      kind\n      state\n      progress\n      url\n      errorMessage\n    }\n  }\n"): typeof import('./graphql').LibraryResourceMediaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryResource($id: ID!) {\n    resource(id: $id) {\n      ...LibraryResourceCardFields\n      body\n      url\n      source\n      licence\n      audienceLevel\n      visibility\n      downloadRequiresLogin\n      rightsHolder\n      module {\n        id\n        name\n      }\n      knowledgePoints {\n        id\n        name\n        kind\n      }\n      authors {\n        name\n        organisationName\n      }\n      file {\n        filename\n        extension\n        mime\n        size\n        width\n        height\n        durationSeconds\n        pages\n      }\n      media {\n        ...LibraryResourceMediaFields\n      }\n      downloadUrl\n      canDownload\n      canEdit\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').LibraryResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LibraryResourceViewed($id: ID!) {\n    resourceViewed(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      viewCount\n    }\n  }\n"): typeof import('./graphql').LibraryResourceViewedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LibraryResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryResourceMediaRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LibraryResourceConversionRequest($id: ID!, $kind: ConversionKind!) {\n    resourceConversionRequest(id: $id, kind: $kind) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      resource {\n        id\n        media {\n          ...LibraryResourceMediaFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryResourceConversionRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MajorOverview on Major {\n    id\n    code\n    name\n    category\n    subcategory\n    level\n    durationYears\n    intro\n    organisations {\n      id\n      name\n      shortName\n      kind\n      role\n      website\n    }\n  }\n"): typeof import('./graphql').MajorOverviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingProgramDetails on TrainingProgram {\n    trainingGoal\n    abilities\n    courseSettings {\n      id\n      category\n      credits\n      hours\n      practiceHours\n      courseNames\n    }\n    practiceComponents {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      description\n    }\n    graduationRequirements\n    certificates {\n      id\n      name\n      kind\n      level\n      issuer\n      courses {\n        id\n        name\n      }\n    }\n    totalHours\n    totalCredits\n    practiceHoursRatio\n  }\n"): typeof import('./graphql').TrainingProgramDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseGraph on Major {\n    courses {\n      id\n      name\n      kind\n      hours\n      credits\n      semester\n      skillPoints {\n        id\n        name\n        description\n        jobPositions {\n          id\n          name\n        }\n      }\n    }\n    jobPositions {\n      id\n      name\n      description\n    }\n    courseRelations {\n      id\n      kind\n      source {\n        id\n      }\n      target {\n        id\n      }\n    }\n    courseSystemGraph {\n      courses {\n        id\n        skillPointCount\n        knowledgePointCount\n      }\n      jobPositions {\n        id\n        name\n      }\n      mapsTo {\n        courseId\n        jobPositionId\n        pointCount\n      }\n    }\n  }\n"): typeof import('./graphql').CourseGraphFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorPage($code: String) {\n    major(code: $code) {\n      ...MajorOverview\n      trainingProgram {\n        ...TrainingProgramDetails\n      }\n      ...CourseGraph\n    }\n  }\n"): typeof import('./graphql').MajorPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedOrganisationFields on ManagedOrganisation {\n    id\n    name\n    shortName\n    kind\n    role\n    depth\n    parentId\n  }\n"): typeof import('./graphql').ManagedOrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredOrganisations {\n    administeredOrganisations {\n      ...ManagedOrganisationFields\n    }\n  }\n"): typeof import('./graphql').AdministeredOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConstructionBoard {\n    constructionBoard {\n      organisation {\n        ...ManagedOrganisationFields\n      }\n      tasks {\n        id\n        kind\n        title\n        description\n        targetCount\n        doneCount\n        dueDate\n        progress\n        overdue\n        updatedAt\n      }\n      targetTotal\n      doneTotal\n      progress\n      overdueCount\n    }\n  }\n"): typeof import('./graphql').ConstructionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationCreate($parentId: ID, $name: String!, $kind: OrganisationKind!, $shortName: String) {\n    organisationCreate(parentId: $parentId, name: $name, kind: $kind, shortName: $shortName) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      organisation {\n        ...ManagedOrganisationFields\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationInvite($hostId: ID!, $name: String!, $kind: OrganisationKind!, $email: String!) {\n    organisationInvite(hostId: $hostId, name: $name, kind: $kind, email: $email) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      invitation {\n        id\n        email\n        expiresAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($token: String!) {\n    invitationAccept(token: $token) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConstructionTaskAssign(\n    $organisationId: ID!\n    $kind: ConstructionTaskKind!\n    $title: String!\n    $targetCount: Int!\n    $dueDate: Date!\n    $description: String\n  ) {\n    constructionTaskAssign(\n      organisationId: $organisationId\n      kind: $kind\n      title: $title\n      targetCount: $targetCount\n      dueDate: $dueDate\n      description: $description\n    ) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConstructionTaskAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConstructionTaskReport($taskId: ID!, $doneCount: Int!) {\n    constructionTaskReport(taskId: $taskId, doneCount: $doneCount) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      task {\n        id\n        doneCount\n        progress\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').ConstructionTaskReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterEntries($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {\n    rosterEntries(organisationId: $organisationId, search: $search, page: $page, pageSize: $pageSize) {\n      totalCount\n      page\n      pageSize\n      items {\n        id\n        number\n        name\n        kind\n        department\n        className\n        claimed\n        claimedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RosterEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealNameClaimsPending {\n    realNameClaimsPending {\n      id\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      number\n      entryName\n      kind\n      claimantUsername\n      claimantName\n      holderUsername\n      holderName\n    }\n  }\n"): typeof import('./graphql').RealNameClaimsPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealNameClaimDecide($claimId: ID!, $approve: Boolean!, $note: String) {\n    realNameClaimDecide(claimId: $claimId, approve: $approve, note: $note) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      claim {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RealNameClaimDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleAssign($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleAssign(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      assignment {\n        role\n        label\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleRevoke($account: String, $userId: ID, $role: RoleCode!, $organisationId: ID!) {\n    roleRevoke(account: $account, userId: $userId, role: $role, organisationId: $organisationId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').RoleRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($organisationId: ID!, $search: String, $limit: Int, $offset: Int) {\n    organisationMembers(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        assignmentId\n        userId\n        username\n        name\n        phone\n        role\n        roleLabel\n        realNameVerified\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonalDataView($userId: ID!) {\n    personalDataView(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      data {\n        userId\n        phone\n        realName\n      }\n    }\n  }\n"): typeof import('./graphql').PersonalDataViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    nameMasked\n    phoneMasked\n    email\n    isActive\n    lockedUntil\n    platformRole\n    realNameVerified\n    twoFactorEnrolled\n    dateJoined\n    lastLogin\n  }\n"): typeof import('./graphql').ManagedUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedUsers($search: String, $limit: Int, $offset: Int) {\n    users(search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...ManagedUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').ManagedUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserSetActive($userId: ID!, $active: Boolean!) {\n    userSetActive(userId: $userId, active: $active) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').UserSetActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUnlock($userId: ID!) {\n    userUnlock(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').UserUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorReset($userId: ID!) {\n    twoFactorReset(userId: $userId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').TwoFactorResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents(\n    $actor: String\n    $action: String\n    $result: String\n    $objectType: String\n    $ip: String\n    $since: DateTime\n    $until: DateTime\n    $limit: Int\n    $offset: Int\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      result: $result\n      objectType: $objectType\n      ip: $ip\n      since: $since\n      until: $until\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRoles\n        ip\n        userAgent\n        action\n        result\n        objectType\n        objectId\n        objectRepr\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBankPartFields on Question {\n    id\n    questionType\n    stem\n    content\n    referenceAnswer\n    explanation\n    difficulty\n    score\n    source\n    tags\n    knowledgePoints {\n      id\n      name\n    }\n    module {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').QuestionBankPartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBankItemFields on Question {\n    ...QuestionBankPartFields\n    status\n    live\n    authorName\n    updatedAt\n    subQuestions {\n      ...QuestionBankPartFields\n    }\n  }\n"): typeof import('./graphql').QuestionBankItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBank(\n    $courseId: ID!\n    $search: String\n    $questionType: QuestionType\n    $difficulty: Int\n    $knowledgePointId: ID\n    $moduleId: ID\n    $status: QuestionStatus\n    $limit: Int\n    $offset: Int\n  ) {\n    questionBank(\n      courseId: $courseId\n      search: $search\n      questionType: $questionType\n      difficulty: $difficulty\n      knowledgePointId: $knowledgePointId\n      moduleId: $moduleId\n      status: $status\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      items {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBankCourse($id: ID!) {\n    course(id: $id) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionBankCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBankItem($id: ID!) {\n    question(id: $id) {\n      ...QuestionBankItemFields\n      course {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionBankItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionCreate($courseId: ID!, $input: QuestionInput!) {\n    questionCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionUpdate($id: ID!, $input: QuestionInput!) {\n    questionUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        ...QuestionBankItemFields\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionDelete($id: ID!) {\n    questionDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionRestore($id: ID!) {\n    questionRestore(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionSubmit($id: ID!) {\n    questionSubmit(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      question {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionCoverage($courseId: ID!, $includeDrafts: Boolean) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionCoverage(courseId: $courseId, includeDrafts: $includeDrafts) {\n      uncovered\n      untagged\n      points {\n        total\n        point {\n          id\n          name\n          kind\n        }\n        cells {\n          questionType\n          difficulty\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePointQuestions($id: ID!) {\n    knowledgePoint(id: $id) {\n      id\n      name\n      questions(limit: 100) {\n        id\n        questionType\n        stem\n        status\n        difficulty\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointQuestionsAttach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsAttach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointQuestionsAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointQuestionsDetach($pointId: ID!, $questionIds: [ID!]!) {\n    knowledgePointQuestionsDetach(pointId: $pointId, questionIds: $questionIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointQuestionsDetachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointAttach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointAttach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePointDetach($pointId: ID!, $resourceIds: [ID!]!) {\n    knowledgePointDetach(pointId: $pointId, resourceIds: $resourceIds) {\n      ok\n      changed\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').KnowledgePointDetachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionImportPreview($importId: ID!, $format: QuestionImportFormat) {\n    questionImportPreview(importId: $importId, format: $format) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      preview {\n        importId\n        filename\n        format\n        status\n        canImport\n        items {\n          location\n          questionType\n          stem\n          options {\n            key\n            html\n            side\n          }\n          answer\n          explanation\n          score\n          difficulty\n          knowledgePoints {\n            name\n            found\n          }\n          tags\n          subQuestionCount\n          warnings\n        }\n        errors {\n          location\n          message\n        }\n        warnings {\n          location\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionImportConfirm($importId: ID!) {\n    questionImportConfirm(importId: $importId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      questionImport {\n        ...QuestionImportState\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionImportConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionImportState on QuestionImportRecord {\n    id\n    status\n    itemCount\n    progress\n    questionIds\n    errors {\n      location\n      message\n    }\n  }\n"): typeof import('./graphql').QuestionImportStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionImport($id: ID!) {\n    questionImport(id: $id) {\n      ...QuestionImportState\n    }\n  }\n"): typeof import('./graphql').QuestionImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionImportCourse($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n    }\n    questionBank(courseId: $courseId, limit: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').QuestionImportCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionImports($courseId: ID!) {\n    questionImports(courseId: $courseId, limit: 10) {\n      id\n      filename\n      format\n      status\n      itemCount\n      errorCount\n      userName\n      createdAt\n      importedAt\n    }\n  }\n"): typeof import('./graphql').QuestionImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfTestSummary on Paper {\n    id\n    title\n    kind\n    open\n    totalScore\n    itemCount\n    maxAttempts\n    module {\n      id\n      title\n    }\n    myAttemptCount\n    myBestScore\n    myOpenAttemptId\n  }\n"): typeof import('./graphql').SelfTestSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaperEditFields on Paper {\n    id\n    title\n    kind\n    open\n    shuffleItems\n    shuffleOptions\n    maxAttempts\n    totalScore\n    itemCount\n    module {\n      id\n      title\n    }\n    items {\n      id\n      score\n      question {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n    rules {\n      id\n      questionType\n      count\n      difficulty\n      scoreEach\n      module {\n        id\n        title\n      }\n      knowledgePoint {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PaperEditFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseSelfTests($courseId: ID!, $moduleId: ID) {\n    selfTests(courseId: $courseId, moduleId: $moduleId) {\n      ...SelfTestSummary\n    }\n  }\n"): typeof import('./graphql').CourseSelfTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePapers($courseId: ID!) {\n    course(id: $courseId) {\n      id\n      name\n      outline {\n        id\n        title\n      }\n      graph {\n        nodes {\n          id\n          point {\n            id\n            name\n          }\n        }\n      }\n    }\n    coursePapers(courseId: $courseId) {\n      ...PaperEditFields\n    }\n  }\n"): typeof import('./graphql').CoursePapersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaperBankPicker($courseId: ID!, $search: String, $questionType: QuestionType, $moduleId: ID, $offset: Int) {\n    questionBank(courseId: $courseId, search: $search, questionType: $questionType, moduleId: $moduleId, liveOnly: true, limit: 10, offset: $offset) {\n      totalCount\n      items {\n        id\n        questionType\n        stem\n        score\n        difficulty\n      }\n    }\n  }\n"): typeof import('./graphql').PaperBankPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaperRulesCheck($courseId: ID!, $rules: [PaperRuleInput!]!) {\n    paperRulesCheck(courseId: $courseId, rules: $rules) {\n      ok\n      message\n      field\n      totalScore\n    }\n  }\n"): typeof import('./graphql').PaperRulesCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperCreate($courseId: ID!, $input: PaperInput!) {\n    paperCreate(courseId: $courseId, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n"): typeof import('./graphql').PaperCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperUpdate($id: ID!, $input: PaperInput!) {\n    paperUpdate(id: $id, input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      paper {\n        ...PaperEditFields\n      }\n    }\n  }\n"): typeof import('./graphql').PaperUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperDelete($id: ID!) {\n    paperDelete(id: $id) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      deletedId\n    }\n  }\n"): typeof import('./graphql').PaperDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfTestPage($paperId: ID!) {\n    paper(id: $paperId) {\n      ...SelfTestSummary\n      course {\n        id\n        name\n      }\n    }\n    attemptHistory(paperId: $paperId) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').SelfTestPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptItemFields on AttemptItem {\n    id\n    questionType\n    stem\n    score\n    content\n    response\n    result {\n      points\n      maxPoints\n      correct\n      needsGrading\n      answerKey\n      referenceAnswer\n      explanation\n    }\n  }\n"): typeof import('./graphql').AttemptItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      number\n      state\n      score\n      maxScore\n      startedAt\n      submittedAt\n      items {\n        ...AttemptItemFields\n        subQuestions {\n          ...AttemptItemFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttemptStart($paperId: ID!) {\n    attemptStart(paperId: $paperId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      attempt {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AttemptStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSave($attemptId: ID!, $questionId: ID!, $response: GenericScalar) {\n    answerSave(attemptId: $attemptId, questionId: $questionId, response: $response) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      savedAt\n    }\n  }\n"): typeof import('./graphql').AnswerSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttemptSubmit($attemptId: ID!) {\n    attemptSubmit(attemptId: $attemptId) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n      bestScore\n      attempt {\n        id\n        state\n        score\n      }\n    }\n  }\n"): typeof import('./graphql').AttemptSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioResourceMediaFields on ResourceMedia {\n    state\n    progress\n    errorCode\n    errorMessage\n    playable\n    canRetry\n    subtitles {\n      language\n      label\n      url\n    }\n  }\n"): typeof import('./graphql').StudioResourceMediaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioResourceFields on Resource {\n    id\n    title\n    type\n    description\n    url\n    source\n    licence\n    audienceLevel\n    visibility\n    downloadRequiresLogin\n    rightsHolder\n    organisation {\n      id\n      name\n    }\n    major {\n      id\n      name\n    }\n    course {\n      id\n      name\n    }\n    module {\n      id\n      name\n    }\n    knowledgePoints {\n      id\n      name\n      kind\n    }\n    keywords\n    authors {\n      name\n      organisationName\n    }\n    file {\n      filename\n      extension\n      mime\n      size\n      width\n      height\n      durationSeconds\n      pages\n    }\n    media {\n      ...StudioResourceMediaFields\n    }\n    previewUrl\n    canEdit\n    status\n    hasUnpublishedChanges\n    review {\n      level\n      submittedAt\n      submittedBy\n      comment\n    }\n    publishedAt\n    updatedAt\n    deletedAt\n  }\n"): typeof import('./graphql').StudioResourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioBatchResultFields on BatchOperationResult {\n    id\n    ok\n    code\n    message\n  }\n"): typeof import('./graphql').StudioBatchResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioBatchFields on ResourceBatch {\n    id\n    status\n    createdAt\n    items {\n      id\n      path\n      status\n      errorCode\n      message\n      recognised {\n        title\n        type\n        majorId\n        courseId\n        moduleId\n        knowledgePointIds\n        keywords\n        description\n        origins\n      }\n      file {\n        filename\n        extension\n        size\n      }\n      duplicateOf {\n        id\n        title\n      }\n      resource {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StudioBatchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResources($query: String, $status: MyResourceStatus, $deleted: Boolean, $limit: Int, $offset: Int) {\n    myResources(query: $query, status: $status, deleted: $deleted, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...StudioResourceFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDraft($id: ID!) {\n    resourceDraft(id: $id) {\n      ...StudioResourceFields\n      body\n      bodySource\n    }\n  }\n"): typeof import('./graphql').ResourceDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceReviewHistory($id: ID!) {\n    resourceReviewHistory(id: $id) {\n      level\n      approved\n      cancelled\n      decidedBy\n      decidedAt\n      comment\n      revisionId\n      submittedBy\n    }\n  }\n"): typeof import('./graphql').ResourceReviewHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($limit: Int, $offset: Int) {\n    reviewQueue(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        level\n        startedAt\n        submittedBy\n        resource {\n          ...StudioResourceFields\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueueCount {\n    reviewQueue(limit: 1) {\n      total\n    }\n  }\n"): typeof import('./graphql').ReviewQueueCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceFormOptions {\n    resourceFormOptions {\n      organisations {\n        id\n        name\n      }\n      majors {\n        id\n        name\n        code\n        namingPattern\n        namingEnforced\n        courses {\n          id\n          name\n          modules {\n            id\n            name\n          }\n          knowledgePoints {\n            id\n            name\n            kind\n          }\n        }\n      }\n      maxUploadBytes\n    }\n  }\n"): typeof import('./graphql').ResourceFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceTitleSuggestion($majorId: ID!, $courseId: ID, $moduleId: ID, $knowledgePointId: ID, $type: String) {\n    resourceTitleSuggestion(\n      majorId: $majorId\n      courseId: $courseId\n      moduleId: $moduleId\n      knowledgePointId: $knowledgePointId\n      type: $type\n    )\n  }\n"): typeof import('./graphql').ResourceTitleSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceBatch($id: ID!) {\n    resourceBatch(id: $id) {\n      ...StudioBatchFields\n    }\n  }\n"): typeof import('./graphql').ResourceBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceCreate($input: ResourceInput!, $uploadId: ID, $allowDuplicate: Boolean) {\n    resourceCreate(input: $input, uploadId: $uploadId, allowDuplicate: $allowDuplicate) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceUpdate($id: ID!, $input: ResourceInput!, $uploadId: ID) {\n    resourceUpdate(id: $id, input: $input, uploadId: $uploadId) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        ...StudioResourceFields\n        body\n        bodySource\n      }\n      duplicateOf {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceReview($id: ID!, $approve: Boolean!, $comment: String) {\n    resourceReview(id: $id, approve: $approve, comment: $comment) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceWithdraw($id: ID!) {\n    resourceWithdraw(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSubmit($ids: [ID!]!) {\n    resourcesSubmit(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesUpdate($ids: [ID!]!, $input: ResourceInput!) {\n    resourcesUpdate(ids: $ids, input: $input) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDelete($ids: [ID!]!) {\n    resourcesDelete(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesRestore($ids: [ID!]!) {\n    resourcesRestore(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesPurge($ids: [ID!]!) {\n    resourcesPurge(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesPurgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesReconvert($ids: [ID!]!) {\n    resourcesReconvert(ids: $ids) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      results {\n        ...StudioBatchResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesReconvertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceBatchPrepare($uploads: [BatchUploadInput!]!, $defaults: ResourceInput) {\n    resourceBatchPrepare(uploads: $uploads, defaults: $defaults) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceBatchPrepareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceBatchCommit($id: ID!, $items: [BatchItemInput!], $submit: Boolean) {\n    resourceBatchCommit(id: $id, items: $items, submit: $submit) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      batch {\n        ...StudioBatchFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResourceBatchCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudioResourceMediaRetry($id: ID!) {\n    resourceMediaRetry(id: $id) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudioResourceMediaRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudioResourceSubtitleAttach($id: ID!, $uploadId: ID!, $language: String!) {\n    resourceSubtitleAttach(id: $id, uploadId: $uploadId, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudioResourceSubtitleAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StudioResourceSubtitleRemove($id: ID!, $language: String!) {\n    resourceSubtitleRemove(id: $id, language: $language) {\n      ok\n      errors {\n        ...MutationErrorFields\n      }\n      resource {\n        id\n        media {\n          ...StudioResourceMediaFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StudioResourceSubtitleRemoveDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
