from django.urls import path

from positions.views import accuracy, demands_editing, history, people, quotes, registry, tagging
from positions.views import reading as views

urlpatterns = [
    path("parties.css", views.party_colours, name="party_colours"),
    path("matrix/", views.matrix, name="matrix"),
    path(
        "matrix/cell/<slug:issue_slug>/<slug:party_slug>/",
        views.matrix_cell,
        name="matrix_cell",
    ),
    path("parties/<slug:slug>/", views.party_detail, name="party_detail"),
    path("parties/<slug:slug>/people/", views.party_people, name="party_people"),
    path("demands/", views.demands, name="demands"),
    path("review/", views.review, name="review"),
    path("review/<int:quote_id>/", views.review_decide, name="review_decide"),
    path("review/accuracy/", accuracy.review_accuracy, name="review_accuracy"),
    path("quotes/<int:quote_id>/edit/", quotes.quote_edit_form, name="quote_edit"),
    path("articles/<int:article_id>/quotes/new/", tagging.quote_new, name="quote_new"),
    path("demands/<int:demand_id>/", views.demand_detail, name="demand_detail"),
]

urlpatterns += [
    path("demands/new/", demands_editing.demand_new, name="demand_new"),
    path("demands/<int:demand_id>/edit/", demands_editing.demand_change, name="demand_change"),
    path("demands/<int:demand_id>/status/", demands_editing.demand_status, name="demand_status"),
    path(
        "demands/<int:demand_id>/responses/new/",
        demands_editing.response_new,
        name="response_new",
    ),
    path(
        "responses/<int:response_id>/edit/",
        demands_editing.response_change,
        name="response_change",
    ),
    path("quotes/<int:quote_id>/answer/", demands_editing.quote_answer, name="quote_answer"),
    path(
        "quotes/<int:quote_id>/evidence/",
        demands_editing.quote_evidence_link,
        name="quote_evidence_link",
    ),
]
for kind in ("demand", "response"):
    urlpatterns.append(
        path(
            f"{kind}s/<int:{kind}_id>/evidence/<int:quote_id>/unlink/",
            demands_editing.evidence_unlink_view,
            {"kind": kind},
            name=f"{kind}_evidence_unlink",
        )
    )
urlpatterns += [
    path("registry/actors/", people.actor_list, name="actor_list"),
    path("registry/actors/pick/", people.actor_pick, name="actor_pick"),
    path("registry/actors/new/", people.actor_new, name="actor_new"),
    path("registry/actors/<int:actor_id>/", people.actor_detail, name="actor_detail"),
    path("registry/actors/<int:actor_id>/merge/", people.actor_merge_view, name="actor_merge"),
    path(
        "registry/actors/<int:actor_id>/offices/new/",
        people.actor_office_add,
        name="actor_office_add",
    ),
    path(
        "registry/actors/<int:actor_id>/offices/<int:office_id>/",
        people.actor_office_edit,
        name="actor_office_edit",
    ),
    path(
        "registry/actors/<int:actor_id>/offices/<int:office_id>/remove/",
        people.actor_office_remove,
        name="actor_office_remove",
    ),
    path("registry/parties/", people.party_list, name="party_list"),
    path("registry/parties/<slug:slug>/edit/", people.party_edit_view, name="party_edit"),
]
for kind in ("quote", "demand", "response", "issue", "actor"):
    urlpatterns += [
        path(
            f"{kind}s/<int:{kind}_id>/history/",
            history.item_history,
            {"kind": kind},
            name=f"{kind}_history",
        ),
        path(
            f"{kind}s/<int:{kind}_id>/history/<int:history_id>/revert/",
            history.history_revert,
            {"kind": kind},
            name=f"{kind}_revert",
        ),
    ]

# The editors' registry.
urlpatterns += [
    path("registry/", registry.registry, name="registry"),
    path("registry/issues/", registry.issue_list, name="issue_list"),
    path("registry/issues/new/", registry.issue_new, name="issue_new"),
    path("registry/issues/<int:issue_id>/", registry.issue_detail, name="issue_detail"),
    path("registry/issues/<int:issue_id>/merge/", registry.issue_merge_view, name="issue_merge"),
    path("registry/events/", registry.event_list, name="event_list"),
    path("registry/events/new/", registry.event_new, name="event_new"),
    path("registry/events/<int:event_id>/", registry.event_change, name="event_change"),
    path("registry/events/<int:event_id>/delete/", registry.event_delete_view, name="event_delete"),
    path("registry/negotiations/", registry.negotiation_list, name="negotiation_list"),
    path("registry/negotiations/new/", registry.negotiation_new, name="negotiation_new"),
    path(
        "registry/negotiations/<slug:negotiation_slug>/",
        registry.negotiation_change,
        name="negotiation_change",
    ),
]
