"""Contains all the data models used in inputs/outputs"""

from .abs_expr import AbsExpr
from .access_token import AccessToken
from .add_days_expr import AddDaysExpr
from .add_expr import AddExpr
from .add_months_expr import AddMonthsExpr
from .agg import Agg
from .aggregate_step import AggregateStep
from .aggregate_step_aggs import AggregateStepAggs
from .aggregate_step_op import AggregateStepOp
from .aggregation import Aggregation
from .and_expr import AndExpr
from .apply_request import ApplyRequest
from .attempt import Attempt
from .between_expr import BetweenExpr
from .bucket import Bucket
from .case_expr import CaseExpr
from .case_expr_case_item import CaseExprCaseItem
from .cast_step import CastStep
from .cast_step_columns import CastStepColumns
from .cast_step_op import CastStepOp
from .channel import Channel
from .chart import Chart
from .chart_kind import ChartKind
from .check_problem import CheckProblem
from .check_step import CheckStep
from .check_step_name import CheckStepName
from .coalesce_expr import CoalesceExpr
from .code import Code
from .col_expr import ColExpr
from .column_condition import ColumnCondition
from .column_info import ColumnInfo
from .concat_expr import ConcatExpr
from .contains_expr import ContainsExpr
from .create_run_request import CreateRunRequest
from .create_token_request import CreateTokenRequest
from .create_user_request import CreateUserRequest
from .created_token import CreatedToken
from .csv_options import CsvOptions
from .cum_max_expr import CumMaxExpr
from .cum_sum_expr import CumSumExpr
from .dashboard_page import DashboardPage
from .dashboard_request import DashboardRequest
from .dashboard_response import DashboardResponse
from .data_column import DataColumn
from .data_page import DataPage
from .data_page_rows_item import DataPageRowsItem
from .data_test import DataTest
from .data_type import DataType
from .day_expr import DayExpr
from .days_between_expr import DaysBetweenExpr
from .dedupe_step import DedupeStep
from .dedupe_step_op import DedupeStepOp
from .deleted_pipeline import DeletedPipeline
from .delivery_page import DeliveryPage
from .delivery_response import DeliveryResponse
from .delivery_status import DeliveryStatus
from .derive_step import DeriveStep
from .derive_step_op import DeriveStepOp
from .destination import Destination
from .destination_apply_request import DestinationApplyRequest
from .destination_check import DestinationCheck
from .destination_page import DestinationPage
from .destination_request import DestinationRequest
from .destination_response import DestinationResponse
from .diff_expr import DiffExpr
from .diff_expr_first import DiffExprFirst
from .div_expr import DivExpr
from .drop_step import DropStep
from .drop_step_op import DropStepOp
from .dry_run import DryRun
from .dry_run_column import DryRunColumn
from .dry_run_failure import DryRunFailure
from .dry_run_failure_raw import DryRunFailureRaw
from .dry_run_request import DryRunRequest
from .dry_run_rows_item import DryRunRowsItem
from .dry_run_rows_read import DryRunRowsRead
from .dry_run_test import DryRunTest
from .ends_with_expr import EndsWithExpr
from .eq_expr import EqExpr
from .error_body import ErrorBody
from .event import Event
from .event_pipeline import EventPipeline
from .event_run import EventRun
from .event_tenant import EventTenant
from .event_type import EventType
from .export_table_format import ExportTableFormat
from .failed_record_page import FailedRecordPage
from .failed_record_response import FailedRecordResponse
from .failed_record_response_raw_record_type_0 import FailedRecordResponseRawRecordType0
from .failed_status import FailedStatus
from .fill_null_step import FillNullStep
from .fill_null_step_op import FillNullStepOp
from .fill_null_step_values import FillNullStepValues
from .filter_step import FilterStep
from .filter_step_op import FilterStepOp
from .ge_expr import GeExpr
from .get_data_order import GetDataOrder
from .group_key_type_1 import GroupKeyType1
from .gt_expr import GtExpr
from .health import Health
from .incremental import Incremental
from .is_in_expr import IsInExpr
from .is_null_expr import IsNullExpr
from .join_how import JoinHow
from .join_step import JoinStep
from .join_step_op import JoinStepOp
from .keep import Keep
from .lag_expr import LagExpr
from .le_expr import LeExpr
from .lead_expr import LeadExpr
from .length_expr import LengthExpr
from .lit_expr import LitExpr
from .live import Live
from .load_mode import LoadMode
from .login_request import LoginRequest
from .lower_expr import LowerExpr
from .lt_expr import LtExpr
from .me_response import MeResponse
from .month_expr import MonthExpr
from .mul_expr import MulExpr
from .ne_expr import NeExpr
from .not_expr import NotExpr
from .notifications_request import NotificationsRequest
from .notifications_response import NotificationsResponse
from .notify_on import NotifyOn
from .on_fail import OnFail
from .on_schema_change import OnSchemaChange
from .or_expr import OrExpr
from .parse_date_step import ParseDateStep
from .parse_date_step_op import ParseDateStepOp
from .parse_datetime_step import ParseDatetimeStep
from .parse_datetime_step_op import ParseDatetimeStepOp
from .pipeline_list_item import PipelineListItem
from .pipeline_page import PipelinePage
from .pipeline_patch import PipelinePatch
from .pipeline_request import PipelineRequest
from .pipeline_response import PipelineResponse
from .pipeline_spec import PipelineSpec
from .pipeline_spec_sources import PipelineSpecSources
from .preview import Preview
from .preview_rows_item import PreviewRowsItem
from .rank_expr import RankExpr
from .rank_expr_ties import RankExprTies
from .readiness import Readiness
from .ready import Ready
from .regex_extract_expr import RegexExtractExpr
from .regex_match_expr import RegexMatchExpr
from .rename_step import RenameStep
from .rename_step_columns import RenameStepColumns
from .rename_step_op import RenameStepOp
from .replace_expr import ReplaceExpr
from .role import Role
from .rolling_mean_expr import RollingMeanExpr
from .rolling_sum_expr import RollingSumExpr
from .round_expr import RoundExpr
from .row_number_expr import RowNumberExpr
from .run_counts import RunCounts
from .run_error_code import RunErrorCode
from .run_in_progress_details import RunInProgressDetails
from .run_page import RunPage
from .run_response import RunResponse
from .run_status import RunStatus
from .run_timings import RunTimings
from .run_trigger import RunTrigger
from .schedule import Schedule
from .schedule_view import ScheduleView
from .select_step import SelectStep
from .select_step_op import SelectStepOp
from .series import Series
from .series_response import SeriesResponse
from .signup_request import SignupRequest
from .signup_response import SignupResponse
from .sort_step import SortStep
from .sort_step_op import SortStepOp
from .source_apply_request import SourceApplyRequest
from .source_check import SourceCheck
from .source_format import SourceFormat
from .source_frame_type_1 import SourceFrameType1
from .source_in_use_details import SourceInUseDetails
from .source_page import SourcePage
from .source_request import SourceRequest
from .source_response import SourceResponse
from .spec_error import SpecError
from .split_part_expr import SplitPartExpr
from .sql_step import SqlStep
from .sql_step_op import SqlStepOp
from .ssl_mode import SslMode
from .starts_with_expr import StartsWithExpr
from .sub_expr import SubExpr
from .substring_expr import SubstringExpr
from .suggested_column import SuggestedColumn
from .suggestion import Suggestion
from .table_change import TableChange
from .table_column import TableColumn
from .table_response import TableResponse
from .tenant_response import TenantResponse
from .token_page import TokenPage
from .token_response import TokenResponse
from .trim_expr import TrimExpr
from .trunc_expr import TruncExpr
from .trunc_expr_trunc import TruncExprTrunc
from .union_step import UnionStep
from .union_step_op import UnionStepOp
from .unpivot_step import UnpivotStep
from .unpivot_step_op import UnpivotStepOp
from .update_user_request import UpdateUserRequest
from .update_user_response import UpdateUserResponse
from .upper_expr import UpperExpr
from .user_page import UserPage
from .user_response import UserResponse
from .warehouse_connection import WarehouseConnection
from .warehouse_credentials import WarehouseCredentials
from .webhook_kind import WebhookKind
from .webhook_request import WebhookRequest
from .webhook_response import WebhookResponse
from .weekday_expr import WeekdayExpr
from .year_expr import YearExpr

__all__ = (
    "AbsExpr",
    "AccessToken",
    "AddDaysExpr",
    "AddExpr",
    "AddMonthsExpr",
    "Agg",
    "AggregateStep",
    "AggregateStepAggs",
    "AggregateStepOp",
    "Aggregation",
    "AndExpr",
    "ApplyRequest",
    "Attempt",
    "BetweenExpr",
    "Bucket",
    "CaseExpr",
    "CaseExprCaseItem",
    "CastStep",
    "CastStepColumns",
    "CastStepOp",
    "Channel",
    "Chart",
    "ChartKind",
    "CheckProblem",
    "CheckStep",
    "CheckStepName",
    "CoalesceExpr",
    "Code",
    "ColExpr",
    "ColumnCondition",
    "ColumnInfo",
    "ConcatExpr",
    "ContainsExpr",
    "CreatedToken",
    "CreateRunRequest",
    "CreateTokenRequest",
    "CreateUserRequest",
    "CsvOptions",
    "CumMaxExpr",
    "CumSumExpr",
    "DashboardPage",
    "DashboardRequest",
    "DashboardResponse",
    "DataColumn",
    "DataPage",
    "DataPageRowsItem",
    "DataTest",
    "DataType",
    "DayExpr",
    "DaysBetweenExpr",
    "DedupeStep",
    "DedupeStepOp",
    "DeletedPipeline",
    "DeliveryPage",
    "DeliveryResponse",
    "DeliveryStatus",
    "DeriveStep",
    "DeriveStepOp",
    "Destination",
    "DestinationApplyRequest",
    "DestinationCheck",
    "DestinationPage",
    "DestinationRequest",
    "DestinationResponse",
    "DiffExpr",
    "DiffExprFirst",
    "DivExpr",
    "DropStep",
    "DropStepOp",
    "DryRun",
    "DryRunColumn",
    "DryRunFailure",
    "DryRunFailureRaw",
    "DryRunRequest",
    "DryRunRowsItem",
    "DryRunRowsRead",
    "DryRunTest",
    "EndsWithExpr",
    "EqExpr",
    "ErrorBody",
    "Event",
    "EventPipeline",
    "EventRun",
    "EventTenant",
    "EventType",
    "ExportTableFormat",
    "FailedRecordPage",
    "FailedRecordResponse",
    "FailedRecordResponseRawRecordType0",
    "FailedStatus",
    "FillNullStep",
    "FillNullStepOp",
    "FillNullStepValues",
    "FilterStep",
    "FilterStepOp",
    "GeExpr",
    "GetDataOrder",
    "GroupKeyType1",
    "GtExpr",
    "Health",
    "Incremental",
    "IsInExpr",
    "IsNullExpr",
    "JoinHow",
    "JoinStep",
    "JoinStepOp",
    "Keep",
    "LagExpr",
    "LeadExpr",
    "LeExpr",
    "LengthExpr",
    "LitExpr",
    "Live",
    "LoadMode",
    "LoginRequest",
    "LowerExpr",
    "LtExpr",
    "MeResponse",
    "MonthExpr",
    "MulExpr",
    "NeExpr",
    "NotExpr",
    "NotificationsRequest",
    "NotificationsResponse",
    "NotifyOn",
    "OnFail",
    "OnSchemaChange",
    "OrExpr",
    "ParseDateStep",
    "ParseDateStepOp",
    "ParseDatetimeStep",
    "ParseDatetimeStepOp",
    "PipelineListItem",
    "PipelinePage",
    "PipelinePatch",
    "PipelineRequest",
    "PipelineResponse",
    "PipelineSpec",
    "PipelineSpecSources",
    "Preview",
    "PreviewRowsItem",
    "RankExpr",
    "RankExprTies",
    "Readiness",
    "Ready",
    "RegexExtractExpr",
    "RegexMatchExpr",
    "RenameStep",
    "RenameStepColumns",
    "RenameStepOp",
    "ReplaceExpr",
    "Role",
    "RollingMeanExpr",
    "RollingSumExpr",
    "RoundExpr",
    "RowNumberExpr",
    "RunCounts",
    "RunErrorCode",
    "RunInProgressDetails",
    "RunPage",
    "RunResponse",
    "RunStatus",
    "RunTimings",
    "RunTrigger",
    "Schedule",
    "ScheduleView",
    "SelectStep",
    "SelectStepOp",
    "Series",
    "SeriesResponse",
    "SignupRequest",
    "SignupResponse",
    "SortStep",
    "SortStepOp",
    "SourceApplyRequest",
    "SourceCheck",
    "SourceFormat",
    "SourceFrameType1",
    "SourceInUseDetails",
    "SourcePage",
    "SourceRequest",
    "SourceResponse",
    "SpecError",
    "SplitPartExpr",
    "SqlStep",
    "SqlStepOp",
    "SslMode",
    "StartsWithExpr",
    "SubExpr",
    "SubstringExpr",
    "SuggestedColumn",
    "Suggestion",
    "TableChange",
    "TableColumn",
    "TableResponse",
    "TenantResponse",
    "TokenPage",
    "TokenResponse",
    "TrimExpr",
    "TruncExpr",
    "TruncExprTrunc",
    "UnionStep",
    "UnionStepOp",
    "UnpivotStep",
    "UnpivotStepOp",
    "UpdateUserRequest",
    "UpdateUserResponse",
    "UpperExpr",
    "UserPage",
    "UserResponse",
    "WarehouseConnection",
    "WarehouseCredentials",
    "WebhookKind",
    "WebhookRequest",
    "WebhookResponse",
    "WeekdayExpr",
    "YearExpr",
)
