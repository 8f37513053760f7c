"""What the course builder's mutations return (M5, T1, C3): the changed module, unit or item as stored."""

import graphene


class CourseModuleNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Module title.")
    course_id = graphene.ID(required=True, description="The course it belongs to.")
    parent_id = graphene.ID(description="The module it is nested in.")
    order = graphene.Int(required=True, description="0-based position among its siblings.")


class CourseUnitNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Unit title.")
    module_id = graphene.ID(required=True, description="Its module.")
    order = graphene.Int(required=True, description="0-based position in the module.")


class CourseItemNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    unit_id = graphene.ID(required=True, description="Its unit.")
    order = graphene.Int(required=True, description="0-based position in the unit.")
    resource_id = graphene.ID(description="The referenced resource.")
    assembly_id = graphene.ID(description="The referenced assembly.")
    open_for_trial = graphene.Boolean(required=True, description="Open to anonymous visitors.")
