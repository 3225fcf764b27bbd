from django.urls import path

from positions.views import demands_editing, history, quotes, registry
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
    path("quotes/<int:quote_id>/edit/", quotes.quote_edit_form, name="quote_edit"),
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
    path("registry/actors/", registry.actor_list, name="actor_list"),
    path("registry/actors/pick/", registry.actor_pick, name="actor_pick"),
    path("registry/actors/new/", registry.actor_new, name="actor_new"),
    path("registry/actors/<int:actor_id>/", registry.actor_detail, name="actor_detail"),
    path("registry/actors/<int:actor_id>/merge/", registry.actor_merge_view, name="actor_merge"),
    path(
        "registry/actors/<int:actor_id>/offices/new/",
        registry.actor_office_add,
        name="actor_office_add",
    ),
    path(
        "registry/actors/<int:actor_id>/offices/<int:office_id>/",
        registry.actor_office_edit,
        name="actor_office_edit",
    ),
    path(
        "registry/actors/<int:actor_id>/offices/<int:office_id>/remove/",
        registry.actor_office_remove,
        name="actor_office_remove",
    ),
    path("registry/parties/", registry.party_list, name="party_list"),
    path("registry/parties/<slug:slug>/edit/", registry.party_edit_view, name="party_edit"),
]
for kind in ("quote", "demand", "actor"):
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
